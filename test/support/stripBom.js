// CommonJS stand-in for strip-bom 5 (ESM only), which @microsoft/app-manifest require()s: Node 20
// loads it natively (require(esm)), jest's module runtime on Node 20 cannot. Same behaviour.
module.exports = (text) => (typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
