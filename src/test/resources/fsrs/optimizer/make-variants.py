# How s400.csv and irregular.csv were made from sample.csv (reference.tarikh.json has fsrs-rs's answers for them).
import csv,random
random.seed(5)
rows=list(csv.DictReader(open('/work/shared/fsrs/optimizer/sample.csv')))
H=['card_id','review_time','review_rating','review_state','review_duration']
def w(name,rs):
    with open(name,'w') as f:
        f.write(','.join(H)+'\n')
        for r in rs: f.write(','.join(str(r[h]) for h in H)+'\n')
w('s400.csv',rows[:400]); w('s3000.csv',rows[:3000])
out=[]
shift={}
for r in rows:
    r=dict(r); t=int(r['review_time'])
    c=r['card_id']
    if c not in shift: shift[c]=0
    if r['review_state']=='2' and random.random()<0.03: shift[c]+=random.randint(60,210)*86400000
    t+=shift[c]; r['review_time']=t
    if r['review_rating']=='3' and random.random()<0.3: r['review_rating']='2'
    out.append(r)
    if r['review_state']=='2' and random.random()<0.1:
        out.append(dict(r,review_time=t+2*3600000,review_rating=random.choice(['3','3','2','1'])))
    if r['review_state']=='2' and random.random()<0.05:
        out.append(dict(r,review_time=t-5*86400000,review_rating='3'))
random.shuffle(out); w('irregular.csv',out)
