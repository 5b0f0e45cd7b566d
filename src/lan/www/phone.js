// The phone's sign-in page (served by the kiosk; nothing from elsewhere).
// Find yourself by typing, choose, sign with a finger, see it confirmed.
// Names always go in as text, never as markup.
(function () {
  'use strict';

  var TEXT = {
    zh: {
      title: '扫码签到', lang: 'English', find: '输入您的姓名或拼音首字母', hint: '至少输入两个字',
      none: '没有找到，请换个写法，或到签到台签到', signHere: '这是我，请在下方签名', back: '返回', clear: '重写',
      submit: '确认签到', sending: '正在签到…', done: '签到成功', already: '您已签到', alreadyAt: '已于 {t} 签到',
      at: '{t} 签到', scan: '请扫描会场屏幕上的二维码签到', stale: '二维码已过期，请重新扫描屏幕上的二维码',
      closed: '本次会议已结束签到', phoneUsed: '此手机已为 {n} 签到。一部手机只能为一人签到，请本人用自己的手机签到，或到签到台签到',
      otherSigned: '{n} 已于 {t} 签到', notExpected: '此人不在本次会议名单中，请到签到台签到', busy: '请求过于频繁，请稍候再试',
      failed: '签到未完成，请重试或到签到台签到', network: '连接不到会场的电脑，请检查是否连接了会场的 Wi-Fi',
      signFirst: '请先签名', at2: '时间', clock: '会场电脑的时钟有误，暂不能签到，请告知会务人员'
    },
    en: {
      title: 'Sign in', lang: '中文', find: 'Type your name or its pinyin initials', hint: 'At least two characters',
      none: 'Nobody found: try another spelling, or sign in at the desk', signHere: 'This is me: sign below', back: 'Back',
      clear: 'Clear', submit: 'Sign in', sending: 'Signing in…', done: 'Signed in', already: 'Already signed in',
      alreadyAt: 'Signed in at {t}', at: 'Signed in at {t}', scan: 'Scan the code on the screen in the room to sign in',
      stale: 'That code has expired: scan the code on the screen again', closed: 'Sign-in for this meeting has closed',
      phoneUsed: 'This phone has already signed in {n}. One phone signs in one person: use your own phone, or the desk',
      otherSigned: '{n} signed in at {t}', notExpected: 'Not on this meeting\u2019s list: please sign in at the desk',
      busy: 'Too many requests: wait a moment and try again', failed: 'Not signed in: try again, or sign in at the desk',
      network: 'Cannot reach the room\u2019s computer: are you on the room\u2019s Wi-Fi?', signFirst: 'Sign first', at2: 'Time',
      clock: 'The room\u2019s computer has a wrong clock: sign-in waits until it is set; tell the organisers'
    }
  };
  var lang = (localStorage.getItem('lectern-lang') || 'zh') === 'en' ? 'en' : 'zh';
  function t(key, values) {
    var s = TEXT[lang][key] || key;
    if (values) Object.keys(values).forEach(function (k) { s = s.replace('{' + k + '}', values[k]); });
    return s;
  }
  function $(id) { return document.getElementById(id); }
  function show(section) {
    ['message', 'find', 'sign', 'done'].forEach(function (s) { $(s).hidden = s !== section; });
  }
  function say(text) { $('message-text').textContent = text; show('message'); }

  var state = { meeting: null, chosen: null, last: null };

  function label() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    $('title').textContent = t('title');
    $('lang').textContent = t('lang');
    $('find-label').textContent = t('find');
    $('sign-label').textContent = t('signHere');
    $('back').textContent = t('back');
    $('clear').textContent = t('clear');
    $('submit').textContent = t('submit');
    if (state.last) state.last();
  }
  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('lectern-lang', lang);
    label();
  });

  function api(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: {} };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, body: j }; });
    });
  }

  function showDone(already, name, time) {
    state.last = function () {
      $('done').className = already ? 'already' : '';
      $('done-title').textContent = already ? t('already') : t('done');
      $('done-name').textContent = name;
      $('done-time').textContent = already ? t('alreadyAt', { t: time }) : t('at', { t: time });
    };
    state.last();
    show('done');
  }
  function showMessage(key, values) {
    state.last = function () { say(t(key, values)); };
    state.last();
  }

  // Search: after two characters, a moment after the last key.
  var timer = null;
  var asked = 0;
  $('query').addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  function search() {
    var q = $('query').value.trim();
    var list = $('results');
    if (q.length < 2) {
      list.textContent = '';
      $('hint').textContent = t('hint');
      return;
    }
    var mine = ++asked;
    api('POST', '/api/v1/search', { q: q }).then(function (r) {
      if (mine !== asked) return; // a later search is on its way
      if (r.status === 429) { $('hint').textContent = t('busy'); return; }
      if (r.status !== 200) { start(); return; }
      list.textContent = '';
      var people = r.body.people || [];
      $('hint').textContent = people.length ? '' : t('none');
      people.forEach(function (p) {
        var li = document.createElement('li');
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'person';
        b.textContent = p.name;
        var unit = document.createElement('span');
        unit.className = 'unit';
        unit.textContent = p.unit || '';
        b.appendChild(unit);
        b.addEventListener('click', function () { choose(p); });
        li.appendChild(b);
        list.appendChild(li);
      });
    }).catch(function () { $('hint').textContent = t('network'); });
  }

  function choose(p) {
    state.chosen = p;
    $('chosen-name').textContent = p.name;
    $('chosen-unit').textContent = p.unit || '';
    $('sign-error').hidden = true;
    pad.clear();
    show('sign');
    pad.fit();
  }
  $('back').addEventListener('click', function () { show('find'); $('query').focus(); });
  $('clear').addEventListener('click', function () { pad.clear(); });

  // The signature: strokes of [x, y, ms] in the canvas's CSS pixels.
  var pad = (function () {
    var canvas = $('pad');
    var ctx = canvas.getContext('2d');
    var strokes = [];
    var drawing = false;
    var t0 = 0;
    function fit() {
      var ratio = window.devicePixelRatio || 1;
      var w = canvas.clientWidth, h = canvas.clientHeight;
      if (!w || !h) return;
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineWidth = 3; ctx.lineCap = 'round'; ctx.lineJoin = 'round'; ctx.strokeStyle = '#111';
      redraw();
    }
    function redraw() {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      strokes.forEach(function (s) {
        ctx.beginPath();
        s.forEach(function (p, i) { if (i === 0) ctx.moveTo(p[0], p[1]); else ctx.lineTo(p[0], p[1]); });
        if (s.length === 1) ctx.lineTo(s[0][0] + 0.5, s[0][1] + 0.5);
        ctx.stroke();
      });
    }
    function point(e) {
      var r = canvas.getBoundingClientRect();
      var x = Math.max(0, Math.min(r.width, e.clientX - r.left));
      var y = Math.max(0, Math.min(r.height, e.clientY - r.top));
      if (!t0) t0 = Date.now();
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10, Date.now() - t0];
    }
    canvas.addEventListener('pointerdown', function (e) {
      e.preventDefault();
      canvas.setPointerCapture(e.pointerId);
      drawing = true;
      strokes.push([point(e)]);
      redraw();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) return;
      e.preventDefault();
      strokes[strokes.length - 1].push(point(e));
      redraw();
      $('submit').disabled = false;
    });
    function end() { drawing = false; $('submit').disabled = !ready(); }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    function ready() {
      var n = 0;
      strokes.forEach(function (s) { n += s.length; });
      return n >= 2;
    }
    window.addEventListener('resize', fit);
    return {
      fit: fit,
      clear: function () { strokes = []; t0 = 0; redraw(); $('submit').disabled = true; },
      ready: ready,
      value: function () { return { w: canvas.clientWidth, h: canvas.clientHeight, strokes: strokes }; }
    };
  })();

  $('submit').addEventListener('click', function () {
    if (!pad.ready()) { $('sign-error').textContent = t('signFirst'); $('sign-error').hidden = false; return; }
    var button = $('submit');
    button.disabled = true;
    button.textContent = t('sending');
    api('POST', '/api/v1/signin', { person_id: state.chosen.id, signature: pad.value() }).then(function (r) {
      button.textContent = t('submit');
      button.disabled = false;
      var b = r.body || {};
      if (r.status === 200) return showDone(false, b.name, b.time);
      if (r.status === 409) {
        $('sign-error').textContent = t('otherSigned', { n: b.name, t: b.time });
        $('sign-error').hidden = false;
        return;
      }
      if (r.status === 403 && b.error === 'phone_used') return showMessage('phoneUsed', { n: b.name });
      if (r.status === 403 && b.error === 'closed') return showMessage('closed');
      if (r.status === 503 && b.error === 'clock') return showMessage('clock');
      if (r.status === 403) return showMessage('scan');
      if (r.status === 404) return showMessage('notExpected');
      $('sign-error').textContent = r.status === 429 ? t('busy') : t('failed');
      $('sign-error').hidden = false;
    }).catch(function () {
      button.textContent = t('submit');
      button.disabled = false;
      $('sign-error').textContent = t('network');
      $('sign-error').hidden = false;
    });
  });

  function start() {
    var why = new URLSearchParams(location.search).get('e');
    api('GET', '/api/v1/session').then(function (r) {
      if (r.status !== 200) return showMessage(why === 'stale' ? 'stale' : why === 'closed' ? 'closed' : 'scan');
      var m = r.body.meeting || {};
      $('meeting').textContent = [m.title, m.place, m.start].filter(Boolean).join(' · ');
      if (r.body.signed) return showDone(true, r.body.signed.name, r.body.signed.time);
      if (!m.open) return showMessage('closed');
      state.last = null;
      show('find');
      $('query').focus();
    }).catch(function () { showMessage('network'); });
  }

  label();
  start();
})();
