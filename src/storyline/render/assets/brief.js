
(function(){
function hl(){
var old=document.querySelectorAll('mark.hit');
for(var i=0;i<old.length;i++){old[i].classList.remove('hit');}
var id=location.hash.slice(1);
if(!/^d[0-9]+-[0-9]+-[0-9]+$/.test(id)){return;}
var ms=document.querySelectorAll('mark[data-span="'+id+'"]');
for(var j=0;j<ms.length;j++){ms[j].classList.add('hit');}
}
window.addEventListener('hashchange',hl);hl();
})();
