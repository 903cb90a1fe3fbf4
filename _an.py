import json,collections
d=json.load(open('/tmp/rdr-calib.json'))
F=['CnName','EnName','TelexCode','Sex','Birthday','Permanent','IdNum','Symbol','FirstIssueDate','CurrentIssueDate','WindowEmbeddedText','HKIDVersion']
stats={f:{'right':0,'wrong':0,'flag_right':0,'sure_wrong':0,'wrongconf':[], 'rightconf':[]} for f in F}
errs=0; times=[]
cond=collections.Counter(); condr=collections.Counter()
miss=[]
for it in d:
  r=it['res']; times.append(it['ms'])
  if 'Error' in r:
    errs+=1
    for f in F: stats[f]['wrong']+=1; cond[it['condition']]+=1
    miss.append((it['id'],'ERROR',r['Error']['Code'],it['degradations']))
    continue
  lr=r['LocalReading']
  for f in F:
    ok=str(r[f])==str(it['truth'][f])
    c=lr['FieldConfidence'].get(f,0)
    fl=f in lr['UncertainFields']
    cond[it['condition']]+=1
    if ok: stats[f]['right']+=1; condr[it['condition']]+=1; stats[f]['rightconf'].append(c); 
    else: stats[f]['wrong']+=1; stats[f]['wrongconf'].append(c); miss.append((it['id'],f,r[f],it['truth'][f],'FLAG' if fl else 'SURE',c))
    if ok and fl: stats[f]['flag_right']+=1
    if not ok and not fl: stats[f]['sure_wrong']+=1
print(len(d),'cards errors',errs, 'clean %.1f'%(100*condr['clean']/cond['clean']), 'degraded %.1f'%(100*condr['degraded']/max(1,cond['degraded'])))
for f in F:
  s=stats[f]; n=s['right']+s['wrong']
  wc=sorted(s['wrongconf'],reverse=True)[:4]
  print(f"{f:20s} right {100*s['right']/n:5.1f}% flagged-but-right {s['flag_right']:3d} sure-wrong {s['sure_wrong']} top wrong conf {wc}")
times.sort(); print('p50',times[len(times)//2])
import sys
if len(sys.argv)>1:
  for m in miss: print(m)
