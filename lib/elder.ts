/**
 * 长辈模式 (elder-friendly reading, after MIIT's 2021 适老化 rules): shared
 * names, and the one inline script, which runs in <head> so the saved choice
 * applies before the first paint.
 */
export const ELDER_STORAGE_KEY = 'chenbao-elder';
export const ELDER_ATTRIBUTE = 'data-elder';

/** Kept tiny and free of quotes that would need escaping; its hash goes into the CSP. */
export const ELDER_BOOT_SCRIPT = `try{if(localStorage.getItem('${ELDER_STORAGE_KEY}')==='1')document.documentElement.setAttribute('${ELDER_ATTRIBUTE}','')}catch(e){}`;
