import { createHash } from 'node:crypto';

// The portal's one style sheet and one small script, served from this origin under names carrying
// a hash of their content (kept by browsers for good), so the pages need no inline style or script
// and their CSP allows neither.

/** Colours chosen for ≥ 4.5:1 contrast (text on background, link on background, header text). */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
html.large-text{font-size:21px}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;line-height:1.7;color:#1f1f1f;background:#fff}
html.large-text body{line-height:1.9;letter-spacing:.02em}
a{color:#0b4f9c;text-underline-offset:.15em}
a:hover{color:#06305f}
:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0b4f9c;padding:.5rem 1rem;z-index:10}
.skip:focus{left:0}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{background:#8e1b1b;color:#fff}
header.site a{color:#fff}
header.site :focus-visible{outline-color:#fff}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.6rem 0}
.brand{font-size:1.25rem;font-weight:700;text-decoration:none}
.tools{display:flex;flex-wrap:wrap;gap:.25rem .9rem;font-size:.9rem}
.tools [aria-current]{font-weight:700;text-decoration:none}
nav.main{background:#6f1414}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
nav.main a{display:block;padding:.55rem .8rem;text-decoration:none}
nav.main a[aria-current]{background:#fff;color:#8e1b1b}
nav.main a:hover{text-decoration:underline}
main{padding:1.25rem 0 2rem;min-height:50vh}
h1{font-size:1.6rem;line-height:1.35;margin:.2rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .6rem;border-left:4px solid #8e1b1b;padding-left:.5rem}
h3{font-size:1.05rem;margin:.2rem 0}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr))}
.card{border:1px solid #c9c9c9;border-radius:4px;padding:.8rem 1rem;background:#fff}
ul.list{list-style:none;margin:0;padding:0}
ul.list>li{border-bottom:1px solid #dcdcdc;padding:.75rem 0}
.meta{color:#555;font-size:.875rem}
.summary{margin:.3rem 0 0}
.tag{display:inline-block;border:1px solid #8e1b1b;color:#8e1b1b;border-radius:3px;padding:0 .35rem;font-size:.8rem;margin-right:.35rem}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:0 0 1rem}
form.filters label{display:flex;flex-direction:column;font-size:.9rem}
input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #767676;border-radius:3px;background:#fff;color:#1f1f1f}
button{background:#8e1b1b;color:#fff;border-color:#8e1b1b;cursor:pointer}
.pager{display:flex;gap:1rem;margin:1rem 0}
.article-body img{max-width:100%;height:auto}
.article-body{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #c9c9c9;padding:.35rem .5rem;text-align:left}
.table-scroll{overflow-x:auto}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.facts dt{color:#555}
dl.facts dd{margin:0}
.notice{background:#fff8e1;border:1px solid #b35900;padding:.5rem .8rem;border-radius:3px}
footer.site{background:#f2f2f2;border-top:1px solid #c9c9c9;padding:1rem 0;font-size:.9rem;color:#333}
footer.site ul{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){h1{font-size:1.35rem}nav.main a{padding:.5rem .6rem}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`.trim();

/**
 * 长者模式 without a reload: the link still works without the script (it sets the cookie through
 * the query); with it, the page switches in place and the choice is kept in the same cookie.
 */
const JS = `
(function(){
  var link=document.querySelector('[data-large-text-toggle]');
  if(!link)return;
  link.addEventListener('click',function(e){
    e.preventDefault();
    var root=document.documentElement;
    var on=!root.classList.contains('large-text');
    root.classList.toggle('large-text',on);
    document.cookie='portal_large_text='+(on?'1':'0')+'; path=/portal; max-age='+(on?31536000:0)+'; samesite=lax';
    link.textContent=on?link.getAttribute('data-label-off'):link.getAttribute('data-label-on');
    link.setAttribute('aria-pressed',on?'true':'false');
  });
})();
`.trim();

function hashed(name: string, ext: string, body: string) {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 10);
  return { url: `/portal/assets/${name}-${hash}.${ext}`, body };
}

export const PORTAL_STYLE = hashed('portal', 'css', CSS);
export const PORTAL_SCRIPT = hashed('portal', 'js', JS);

/** The cookie and the query parameter of the large-text (长者模式) choice. */
export const LARGE_TEXT_COOKIE = 'portal_large_text';
export const LARGE_TEXT_QUERY = 'large';
