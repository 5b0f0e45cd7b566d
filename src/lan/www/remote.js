// The operator's remote: the kiosk's state pushed over a WebSocket as it
// changes (every remote shows the same), and the commands of a paired
// remote. /remote?view is the chair's view: no controls, no pairing.
(function () {
  'use strict';
  var TEXT = {
    zh: { title: '讲台遥控', lang: 'English', live: '已连接', offline: '未连接', view: '仅查看', item: '当前议程', next: '下一项',
      itemClock: '本项剩余', remaining: '讲稿剩余', now: '现在', state: '提词', section: '小节', counts: '签到', projection: '投影', page: '第 {p}/{n} 页',
      idle: '未开始', countdown: '倒数', running: '滚动中', paused: '已暂停', finished: '已结束', blanked: '黑屏',
      speed: '{s} 字/分钟', countsText: '应到 {e} · 实到 {p}', none: '无', toggle: '开始 / 暂停', slower: '减速', faster: '加速',
      prev: '上一节', nextSection: '下一节', nextItem: '下一项议程', lookUp: '提示抬头', blank: '黑屏', show: '显示',
      pairText: '输入控制台上显示的配对码，或管理员密码，即可遥控；不配对只能查看。', pairCode: '用配对码', pairPin: '用管理员密码',
      wrong: '配对码或密码不对', busy: '请稍候再试' },
    en: { title: 'Lectern remote', lang: '中文', live: 'connected', offline: 'not connected', view: 'view only', item: 'Now', next: 'Next',
      itemClock: 'item left', remaining: 'speech left', now: 'time', state: 'Prompter', section: 'Section', counts: 'Sign-in', projection: 'Projection', page: 'page {p} of {n}',
      idle: 'not started', countdown: 'counting down', running: 'running', paused: 'paused', finished: 'finished', blanked: 'blanked',
      speed: '{s} chars/min', countsText: 'expected {e} · present {p}', none: 'none', toggle: 'Start / pause', slower: 'Slower',
      faster: 'Faster', prev: 'Previous section', nextSection: 'Next section', nextItem: 'Next agenda item', lookUp: 'Cue: look up',
      blank: 'Blank', show: 'Show', pairText: 'Enter the pairing code shown on the console, or the administrator PIN, to control; without it you can only watch.',
      pairCode: 'Pairing code', pairPin: 'Administrator PIN', wrong: 'Wrong code or PIN', busy: 'Wait a moment and try again' }
  };
  var lang = (localStorage.getItem('lectern-lang') || 'zh') === 'en' ? 'en' : 'zh';
  var viewOnly = new URLSearchParams(location.search).has('view');
  var token = viewOnly ? '' : (localStorage.getItem('lectern-remote') || '');
  var role = 'view';
  var state = {};
  var socket = null;
  function t(k, v) { var s = TEXT[lang][k] || k; if (v) Object.keys(v).forEach(function (x) { s = s.replace('{' + x + '}', v[x]); }); return s; }
  function $(id) { return document.getElementById(id); }
  function set(id, text) { $(id).textContent = text === undefined || text === null ? '' : String(text); }
  function clock(seconds) {
    if (seconds === undefined || seconds === null || isNaN(seconds)) return '–';
    var s = Math.round(Math.abs(seconds)), m = Math.floor(s / 60);
    return (seconds < 0 ? '+' : '') + m + ':' + ('0' + (s % 60)).slice(-2);
  }

  function label() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    set('title', t('title')); document.title = t('title'); set('lang', t('lang'));
    set('item-label', t('item')); set('next-label', t('next')); set('clock-item-label', t('itemClock'));
    set('clock-remaining-label', t('remaining')); set('clock-now-label', t('now')); set('state-label', t('state'));
    set('section-label', t('section')); set('projection-label', t('projection')); set('counts-label', t('counts')); set('toggle', t('toggle')); set('slower', t('slower'));
    set('faster', t('faster')); set('prev', t('prev')); set('next', t('nextSection')); set('next-item-button', t('nextItem'));
    set('look-up', t('lookUp')); set('blank', t('blank')); set('show', t('show')); set('pair-text', t('pairText'));
    set('pair-code', t('pairCode')); set('pair-pin', t('pairPin'));
    render();
  }
  $('lang').addEventListener('click', function () { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('lectern-lang', lang); label(); });

  function render() {
    var p = state.prompter || {}, a = state.agenda || {}, c = state.counts || {};
    var live = socket && socket.readyState === 1;
    $('link').className = 'link' + (live ? ' live' : '');
    set('link', live ? (role === 'control' ? t('live') : t('view')) : t('offline'));
    set('item', a.now || t('none'));
    set('next-item', a.next || t('none'));
    var itemLeft = (a.planned_s || 0) - (a.elapsed_s || 0);
    set('clock-item', a.now ? clock(itemLeft) : '–');
    $('clock-item').className = 'big' + (a.now && itemLeft < 0 ? ' over' : a.now && itemLeft < 60 ? ' last' : '');
    set('clock-remaining', clock(p.remaining_s));
    set('clock-now', state.time || '–');
    set('state', p.state ? t(p.blanked ? 'blanked' : p.state) + ' · ' + t('speed', { s: p.speed }) : '–');
    set('section', p.section || '');
    var j = state.projection || {};
    set('projection', j.blanked ? t('blanked') : j.pages ? t('page', { p: j.page, n: j.pages }) : '–');
    set('current', p.current || '');
    set('upcoming', p.next || '');
    set('counts', c.expected !== undefined ? t('countsText', { e: c.expected, p: c.present }) : '–');
    $('controls').hidden = role !== 'control';
    $('pair').hidden = viewOnly || role === 'control';
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/api/v1/remote/ws');
    socket.onopen = function () { socket.send(JSON.stringify({ hello: token })); render(); };
    socket.onmessage = function (e) {
      var m = {};
      try { m = JSON.parse(e.data); } catch (x) { return; }
      if (m.role) role = m.role;
      if (m.state) state = m.state;
      render();
    };
    socket.onclose = function () { render(); setTimeout(connect, 1000); };
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-cmd]'), function (b) {
    b.addEventListener('click', function () {
      if (socket && socket.readyState === 1) socket.send(JSON.stringify({ cmd: b.getAttribute('data-cmd') }));
    });
  });

  function pair(kind) {
    var value = $('pair-input').value.trim();
    var body = {}; body[kind] = value;
    fetch('/api/v1/remote/pair', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); })
      .then(function (r) {
        if (r.status === 200 && r.body.token) {
          token = r.body.token;
          localStorage.setItem('lectern-remote', token);
          $('pair-error').hidden = true;
          $('pair-input').value = '';
          if (socket) socket.close(); // reconnects and says hello with the token
          return;
        }
        $('pair-error').textContent = r.status === 429 ? t('busy') : t('wrong');
        $('pair-error').hidden = false;
      });
  }
  $('pair-code').addEventListener('click', function () { pair('code'); });
  $('pair-pin').addEventListener('click', function () { pair('pin'); });

  label();
  connect();
})();
