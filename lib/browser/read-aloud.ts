/**
 * 朗读: reads an article's title and body aloud, in order, with the browser's
 * own speech synthesis in a Chinese voice. Only voices the browser says are
 * local are used, so nothing is sent anywhere; without one, it says so.
 */
const panel = document.querySelector<HTMLElement>('[data-read-aloud]');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = synth?.getVoices() ?? [];
  const local = voices.filter((v) => v.localService && /^zh|^cmn/i.test(v.lang));
  return local.find((v) => /CN|Hans/i.test(v.lang)) ?? local[0];
}

/** The title, then every block of the body, as the reader sees them. */
function readingOrder(): string[] {
  const article = document.querySelector('[data-read-source]');
  if (!article) return [];
  const blocks = article.querySelectorAll<HTMLElement>('[data-read-title], .article-body :is(p, h2, h3, h4, h5, h6, li, figcaption)');
  return [...blocks].map((b) => b.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

if (panel && synth) {
  const button = (action: string, label: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'read-aloud-button';
    b.dataset.action = action;
    b.textContent = label;
    return b;
  };
  const play = button('play', '朗读全文');
  const pause = button('pause', '暂停');
  const stop = button('stop', '停止');
  const status = document.createElement('p');
  status.setAttribute('aria-live', 'polite');
  status.className = 'w-full text-sm text-muted';
  panel.append(play, pause, stop, status);
  const say = (text: string) => {
    status.textContent = text;
  };
  // Pause and stop appear once reading starts: before that they would only take a row of the
  // first screen (in 长辈模式 each button is 60 px tall).
  const buttonsFor = (state: 'idle' | 'speaking' | 'paused') => {
    play.disabled = state === 'speaking';
    pause.hidden = state === 'idle';
    pause.textContent = state === 'paused' ? '继续' : '暂停';
    stop.hidden = state === 'idle';
  };
  let state: 'idle' | 'speaking' | 'paused' = 'idle';
  panel.dataset.ready = '';
  buttonsFor('idle');

  play.addEventListener('click', () => {
    const voice = chineseVoice();
    if (!voice) {
      say('您的浏览器没有可用的中文语音，无法朗读。可以在系统设置中安装中文语音后再试。');
      return;
    }
    synth.cancel();
    const parts = readingOrder();
    parts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      if (i === parts.length - 1) {
        u.onend = () => {
          state = 'idle';
          buttonsFor(state);
          say('朗读完毕。');
        };
      }
      synth.speak(u);
    });
    state = 'speaking';
    buttonsFor(state);
    say('正在朗读……');
  });
  pause.addEventListener('click', () => {
    if (state === 'speaking') {
      synth.pause();
      state = 'paused';
      say('已暂停。');
    } else if (state === 'paused') {
      synth.resume();
      state = 'speaking';
      say('正在朗读……');
    }
    buttonsFor(state);
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    state = 'idle';
    buttonsFor(state);
    say('已停止。');
  });
}
