/**
 * 长辈模式 (elder-friendly reading, after MIIT's 2021 适老化 rules): shared
 * names, and the one inline script, which runs in <head> so the saved choice
 * applies before the first paint.
 */
export const ELDER_STORAGE_KEY = 'chenbao-elder';
export const ELDER_ATTRIBUTE = 'data-elder';

/** 我的街道: the street id a reader chose (lib/browser/my-street.ts), and the mark the boot script sets when there is one. */
export const STREET_STORAGE_KEY = 'chenbao-street';
export const STREET_ATTRIBUTE = 'data-my-street';

/**
 * Kept tiny and free of quotes that would need escaping; its hash goes into
 * the CSP. Besides the saved mode, it marks <html> with data-js (and
 * data-speech where the browser can speak, and data-my-street when the reader
 * has chosen a street) before the first paint, so the
 * page keeps room for the controls the deferred scripts add: nothing below
 * them moves when they appear.
 */
export const ELDER_BOOT_SCRIPT = `var d=document.documentElement,a=function(n){d.setAttribute(n,'')},l;a('data-js');if('speechSynthesis'in window)a('data-speech');try{l=localStorage;if(l.getItem('${ELDER_STORAGE_KEY}')==='1')a('${ELDER_ATTRIBUTE}');if(l.getItem('${STREET_STORAGE_KEY}'))a('${STREET_ATTRIBUTE}')}catch(e){}`;
