// import graph of src/ from esbuild metafile; prints strongly connected components > 1
const esbuild=require('esbuild');
(async()=>{
const r=await esbuild.build({entryPoints:['src/vscode/extension.ts','src/cli/main.ts','src/vscode/worker.ts'],bundle:true,write:false,metafile:true,platform:'node',external:['vscode'],outdir:'/tmp/x',logLevel:'silent'});
const g={};for(const [f,v] of Object.entries(r.metafile.inputs)){if(!f.startsWith('src/'))continue;g[f]=v.imports.map(i=>i.path).filter(p=>p.startsWith('src/'));}
let idx=0,st=[],on=new Set(),I={},L={},out=[];
function sc(v){I[v]=L[v]=idx++;st.push(v);on.add(v);for(const w of g[v]||[]){if(I[w]===undefined){sc(w);L[v]=Math.min(L[v],L[w]);}else if(on.has(w))L[v]=Math.min(L[v],I[w]);}
if(L[v]===I[v]){const c=[];let w;do{w=st.pop();on.delete(w);c.push(w);}while(w!==v);if(c.length>1)out.push(c);}}
for(const v of Object.keys(g))if(I[v]===undefined)sc(v);
for(const c of out)console.log(c.length, c.join(' '));
if(!out.length)console.log('no cycles');
})();
