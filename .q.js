const neo4j=require("neo4j-driver");const fs=require("fs");
const inst=process.env.INST||"test", port=process.env.PORT_||"7688";
const pw=fs.readFileSync(`.neo4j/instances/${inst}/password`,"utf8").trim();
const d=neo4j.driver(`bolt://127.0.0.1:${port}`,neo4j.auth.basic("neo4j",pw));
(async()=>{const s=d.session();const q=fs.readFileSync(process.argv[2],"utf8");const r=await s.run(q,Object.fromEntries(Object.entries(JSON.parse(process.argv[3]||"{}")).map(([k,v])=>[k,Number.isInteger(v)?neo4j.int(v):v])));for(const x of r.records)console.log(JSON.stringify(x.toObject()));await s.close();await d.close();})();
