/** Plain CSS files are imported for their side effect; Vite bundles them into a stylesheet. */
declare module '*.css';
