/** How to check that an answer's paste comes from rootless Docker (`{check}`: the command), shown by the search page and the dialog alike. */
export const ORIGIN_CHECK = '先确认：用出错时的同一用户运行 `{check}`（出错时加了 sudo 就也加 sudo，DOCKER_HOST 也保持一样），输出里有 `name=rootless`，下面的答案才适用；守护进程起不来时，改看 `systemctl --user status docker`：有这个服务、启动的是 dockerd-rootless.sh，就是 rootless。';
