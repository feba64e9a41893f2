/** The inline style search pages add without JavaScript (the paste box would be a dead control); the CSP step knows it. */
export const NOSCRIPT_SEARCH_STYLE = '.rd-search { display: none; } html .rd-search-page { min-height: 0; }';
