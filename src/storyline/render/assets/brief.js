
(function(){
function hl(){
var old=document.querySelectorAll('mark.hit');
for(var i=0;i<old.length;i++){old[i].classList.remove('hit');}
var id=location.hash.slice(1);
var el=id&&document.getElementById(id);
for(var p=el&&el.parentElement;p;p=p.parentElement){if(p.tagName==='DETAILS'&&!p.open){p.open=true;}}
if(el&&el.scrollIntoView){el.scrollIntoView();}
if(!/^d[0-9]+-[0-9]+-[0-9]+$/.test(id)){return;}
var ms=document.querySelectorAll('mark[data-span="'+id+'"]');
for(var j=0;j<ms.length;j++){ms[j].classList.add('hit');}
}
window.addEventListener('hashchange',hl);hl();
var view=document.querySelector('.claims-view');
if(!view){return;}
var sel=document.getElementById('cf-source');
var rows=view.querySelectorAll('tr.cr');
var fold=view.querySelector('details.cf-single');
var none=view.querySelector('.cf-none');
function apply(){
var n=sel?sel.value:'';
var r=view.querySelector('.cf-radio:checked');
var v=r&&r.id!=='cf-all'?'cr-'+r.id.slice(3):'';
var shown=0,inMain=0;
for(var i=0;i<rows.length;i++){
var off=!!n&&rows[i].getAttribute('data-docs').indexOf(' '+n+' ')<0;
rows[i].classList.toggle('cf-off',off);
if(!off&&(!v||rows[i].classList.contains(v))){shown++;if(!fold||!fold.contains(rows[i])){inMain++;}}
}
var tables=view.querySelectorAll('.scroll');
for(var t=0;t<tables.length;t++){
var left=0,trs=tables[t].querySelectorAll('tr.cr');
for(var q=0;q<trs.length;q++){if(!trs[q].classList.contains('cf-off')&&(!v||trs[q].classList.contains(v))){left++;}}
tables[t].hidden=left===0;
if(fold&&fold.contains(tables[t])){
fold.hidden=left===0&&(!!n||!!v);
var say=fold.querySelector('.cf-shown');
if(say){say.textContent=(n||v)&&left<trs.length?' \u2014 '+left+' shown by the filters':'';}
}
}
if(fold&&shown&&!inMain){fold.open=true;}
if(none){none.hidden=shown>0;}
}
if(sel){sel.parentElement.hidden=false;sel.addEventListener('change',apply);}
var radios=view.querySelectorAll('.cf-radio');
for(var k=0;k<radios.length;k++){radios[k].addEventListener('change',apply);}
})();
