const jsyaml = require('js-yaml');
const text = process.argv[2] ?? 'a: 1\nb:\n  c: "x"\n  d: [1, 2]\n  e:\n    - f\n    - g: h\n';
let depth = 0;
jsyaml.load(text, { listener(ev, st) { if (ev === 'close') depth--; console.log(' '.repeat(depth * 2) + ev, st.position, JSON.stringify(text.slice(st.position, st.position + 8)), ev === 'close' ? st.kind + ' ' + JSON.stringify(st.result) + ' tag=' + st.tag : ''); if (ev === 'open') depth++; } });
