// The portal's side of the panel a host site opens with embed.js. It talks only to the host origins the portal
// allows (Portal:Embedding:AllowedOrigins): tells it the page's height, where it is and who is signed in, closes on
// Escape, and signs in with the host's single sign-on token when asked.
(function () {
    'use strict';
    var shell = document.querySelector('[data-host-origins]');
    if (!shell || window.parent === window) {
        return;
    }

    var prefix = 'supportportal:';
    var allowed = (shell.getAttribute('data-host-origins') || '').split(' ').filter(Boolean);
    var signedInName = shell.getAttribute('data-signed-in-name');
    var hostOrigin = null;

    // Chromium and Safari tell a frame who framed it; elsewhere the host's first message says it.
    if (window.location.ancestorOrigins && window.location.ancestorOrigins.length > 0
        && allowed.indexOf(window.location.ancestorOrigins[0]) >= 0) {
        hostOrigin = window.location.ancestorOrigins[0];
    }

    function send(type, details) {
        if (!hostOrigin) {
            return;
        }
        var message = { type: prefix + type };
        for (var key in details) {
            message[key] = details[key];
        }
        window.parent.postMessage(message, hostOrigin);
    }

    var lastHeight = 0;
    function reportHeight() {
        var height = Math.ceil(document.documentElement.scrollHeight);
        if (height !== lastHeight) {
            lastHeight = height;
            send('resize', { height: height });
        }
    }

    function announce() {
        lastHeight = 0;
        send('ready', { path: window.location.pathname + window.location.search, title: document.title });
        send('navigated', { path: window.location.pathname + window.location.search, title: document.title });
        if (signedInName) {
            send('signed-in', { name: signedInName });
        }
        reportHeight();
    }

    function signIn(token) {
        // A plain form post, so the sign-in cookie arrives with a page load the browser treats as the frame's own.
        var form = document.createElement('form');
        form.method = 'post';
        form.action = 'account/sso';
        [['jwt', token], ['return_to', window.location.pathname + window.location.search]].forEach(function (pair) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = pair[0];
            input.value = pair[1];
            form.appendChild(input);
        });
        document.body.appendChild(form);
        form.submit();
    }

    function focusContent() {
        var target = document.querySelector('h1') || document.getElementById('main-content');
        if (target) {
            if (!target.hasAttribute('tabindex')) {
                target.setAttribute('tabindex', '-1');
            }
            target.focus();
        }
    }

    window.addEventListener('message', function (event) {
        if (event.source !== window.parent || allowed.indexOf(event.origin) < 0) {
            return;
        }
        var data = event.data;
        if (!data || typeof data.type !== 'string' || data.type.indexOf(prefix) !== 0) {
            return;
        }
        if (!hostOrigin) {
            hostOrigin = event.origin;
        }
        if (event.origin !== hostOrigin) {
            return;
        }
        switch (data.type.substring(prefix.length)) {
            case 'hello':
                announce();
                break;
            case 'identify':
                if (typeof data.jwt === 'string' && data.jwt.length > 0) {
                    signIn(data.jwt);
                }
                break;
            case 'focus':
                focusContent();
                break;
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && !event.defaultPrevented) {
            send('close', {});
        }
    });

    if (window.ResizeObserver) {
        new ResizeObserver(reportHeight).observe(document.documentElement);
    } else {
        window.addEventListener('resize', reportHeight);
    }

    // Cookies refused (a browser that blocks all third-party cookies, partitioned or not): offer the full site.
    function cookiesWork() {
        try {
            var probe = 'supportportal-cookie-probe=1';
            var attributes = '; Path=/; SameSite=None; Secure; Partitioned';
            document.cookie = probe + attributes;
            var works = document.cookie.indexOf(probe) >= 0;
            document.cookie = 'supportportal-cookie-probe=; Max-Age=0' + attributes;
            return works;
        } catch (error) {
            return false;
        }
    }

    if (!navigator.cookieEnabled || !cookiesWork()) {
        var fallback = shell.querySelector('.embedded-cookie-fallback');
        if (fallback) {
            fallback.hidden = false;
        }
    }

    announce();
}());
