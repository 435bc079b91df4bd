/*
 * SupportPortal on your own site: one tag,
 *   <script src="https://support.example.com/embed.js" async
 *           data-label="Help" data-position="right" data-colour="#1565C0" data-open="/kb"></script>
 * adds a launcher button that opens the portal in a panel (a side panel on wide screens, full screen on phones).
 * Optional attributes: data-label, data-close-label, data-position (right | left), data-colour and data-text-colour
 * (else the portal's brand colours), data-open (the portal page the panel starts on). Without data-label or
 * data-close-label, the button texts are English or German after your page's lang (else the browser's language).
 * From your own scripts: SupportPortal.open('/kb/article/12'), SupportPortal.close(),
 * SupportPortal.identify(jwt) to sign your signed-in user in (the token of the portal's single sign-on).
 * Events on window: supportportal:ready, :navigated, :signed-in, :resize, :open, :close (details in event.detail).
 * Your site must be listed in the portal's Portal:Embedding:AllowedOrigins.
 */
(function () {
    'use strict';
    if (window.SupportPortal && window.SupportPortal.version) {
        return;
    }

    var script = document.currentScript;
    var portalOrigin = new URL(script.src, window.location.href).origin;
    var settings = script.dataset;
    var prefix = 'supportportal:';
    // Built-in texts by language; a data attribute wins, then the host page's lang, then the browser's language.
    var texts = {
        en: { label: 'Help', close: 'Close', closeNamed: 'Close {0}' },
        de: { label: 'Hilfe', close: 'Schließen', closeNamed: '{0} schließen' },
    };
    var language = (document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
    var builtIn = texts[language] || texts.en;
    var label = settings.label || builtIn.label;
    var closeLabel = settings.closeLabel || builtIn.close;
    var side = settings.position === 'left' ? 'left' : 'right';
    var colour = settings.colour || settings.color || null;
    var textColour = settings.textColour || settings.textColor || null;
    var brandName = '';

    var launcher = null;
    var panel = null;
    var title = null;
    var frame = null;
    var frameReady = false;
    var pendingToken = null;
    var isOpen = false;
    var contentHeight = 480;
    var narrowScreen = window.matchMedia('(max-width: 600px)');

    // Only paths of the portal: never another site, never a script URL.
    function portalPath(path) {
        return typeof path === 'string' && path.charAt(0) === '/' && path.charAt(1) !== '/' && path.charAt(1) !== '\\'
            ? path : null;
    }

    var startPath = portalPath(settings.open) || '/';

    function tell(type, detail) {
        window.dispatchEvent(new CustomEvent(prefix + type, { detail: detail || {} }));
    }

    function post(type, details) {
        if (!frame || !frame.contentWindow) {
            return;
        }
        var message = { type: prefix + type };
        for (var key in details) {
            message[key] = details[key];
        }
        frame.contentWindow.postMessage(message, portalOrigin);
    }

    function style(element, properties) {
        for (var name in properties) {
            element.style.setProperty(name, properties[name]);
        }
    }

    function paintLauncher() {
        if (!launcher) {
            return;
        }
        style(launcher, { 'background': colour || '#1565C0', 'color': textColour || '#FFFFFF' });
        if (header()) {
            style(header(), { 'background': colour || '#1565C0', 'color': textColour || '#FFFFFF' });
        }
    }

    function header() {
        return panel ? panel.firstChild : null;
    }

    function createLauncher() {
        launcher = document.createElement('button');
        launcher.type = 'button';
        launcher.textContent = label;
        launcher.setAttribute('aria-haspopup', 'dialog');
        launcher.setAttribute('aria-expanded', 'false');
        launcher.setAttribute('aria-controls', 'supportportal-panel');
        launcher.setAttribute('data-supportportal-launcher', '');
        style(launcher, {
            'position': 'fixed', 'bottom': '20px', [side]: '20px', 'z-index': '2147483000',
            'padding': '12px 20px', 'border': '0', 'border-radius': '999px', 'cursor': 'pointer',
            'font': '600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
            'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.25)',
        });
        paintLauncher();
        launcher.addEventListener('click', function () {
            if (isOpen) {
                close();
            } else {
                open();
            }
        });
        document.body.appendChild(launcher);
    }

    function createPanel() {
        panel = document.createElement('div');
        panel.id = 'supportportal-panel';
        panel.setAttribute('role', 'dialog');
        panel.setAttribute('aria-label', label);
        panel.hidden = true;
        style(panel, {
            'position': 'fixed', 'z-index': '2147483001', 'display': 'none', 'flex-direction': 'column',
            'background': '#FFFFFF', 'box-shadow': '0 8px 32px rgba(0, 0, 0, 0.3)', 'overflow': 'hidden',
        });

        var bar = document.createElement('div');
        style(bar, {
            'display': 'flex', 'align-items': 'center', 'justify-content': 'space-between', 'gap': '8px',
            'padding': '8px 8px 8px 16px', 'font': '600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        });
        title = document.createElement('span');
        title.textContent = brandName || label;
        var closeButton = document.createElement('button');
        closeButton.type = 'button';
        closeButton.textContent = closeLabel;
        closeButton.setAttribute('aria-label', settings.closeLabel ? closeLabel : builtIn.closeNamed.replace('{0}', label));
        style(closeButton, {
            'background': 'transparent', 'color': 'inherit', 'border': '1px solid currentColor', 'border-radius': '999px',
            'padding': '6px 14px', 'font': 'inherit', 'cursor': 'pointer',
        });
        closeButton.addEventListener('click', close);
        bar.appendChild(title);
        bar.appendChild(closeButton);

        frame = document.createElement('iframe');
        frame.title = label;
        style(frame, { 'border': '0', 'width': '100%', 'flex': '1 1 auto', 'background': '#FFFFFF' });
        frame.addEventListener('focus', keepFocusOutOfClosedPanel);
        frame.addEventListener('load', function () {
            frameReady = false;
            post('hello', {});
        });

        panel.appendChild(bar);
        panel.appendChild(frame);
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                close();
            }
        });
        document.body.appendChild(panel);
        paintLauncher();
        layout();
    }

    function layout() {
        if (!panel) {
            return;
        }
        if (narrowScreen.matches) {
            style(panel, { 'top': '0', 'bottom': '0', 'left': '0', 'right': '0', 'width': '100%', 'height': '100%', 'border-radius': '0' });
            return;
        }
        var barHeight = header() ? header().offsetHeight || 48 : 48;
        var room = window.innerHeight - 110;
        var height = Math.max(320, Math.min(room, contentHeight + barHeight));
        style(panel, {
            'top': 'auto', 'bottom': '84px', 'left': side === 'left' ? '20px' : 'auto', 'right': side === 'right' ? '20px' : 'auto',
            'width': 'min(420px, calc(100vw - 40px))', 'height': height + 'px', 'border-radius': '12px',
        });
    }

    function load(path) {
        if (!panel) {
            createPanel();
        }
        frameReady = false;
        frame.src = portalOrigin + '/embed' + path;
    }

    function open(path) {
        var target = portalPath(path);
        if (!panel || !frame.getAttribute('src')) {
            load(target || startPath);
        } else if (target) {
            load(target);
        }
        panel.hidden = false;
        style(panel, { 'display': 'flex' });
        isOpen = true;
        launcher.setAttribute('aria-expanded', 'true');
        layout();
        frame.focus();
        if (frameReady) {
            post('focus', {});
        }
        tell('open', {});
    }

    function close() {
        if (!panel || !isOpen) {
            return;
        }
        panel.hidden = true;
        style(panel, { 'display': 'none' });
        isOpen = false;
        launcher.setAttribute('aria-expanded', 'false');
        returnFocus();
        tell('close', {});
    }

    // Back to the launcher. The panel page runs in its own process and may still take focus after the panel has
    // closed (a "focus" message or its own load finishing in flight): a hidden frame holding focus leaves keyboard
    // users nowhere, so keepFocusOutOfClosedPanel hands it back.
    function returnFocus() {
        launcher.focus();
    }

    function keepFocusOutOfClosedPanel() {
        window.setTimeout(function () {
            if (!isOpen && frame && document.activeElement === frame) {
                returnFocus();
            }
        }, 0);
    }

    function identify(token) {
        if (typeof token !== 'string' || token.length === 0) {
            return;
        }
        pendingToken = token;
        if (!panel) {
            // Sign in right away, in the background, so the panel opens on the customer's own portal.
            load(startPath);
        }
        sendToken();
    }

    function sendToken() {
        if (frameReady && pendingToken) {
            post('identify', { jwt: pendingToken });
            pendingToken = null;
            frameReady = false;
        }
    }

    window.addEventListener('message', function (event) {
        if (event.origin !== portalOrigin || !frame || event.source !== frame.contentWindow) {
            return;
        }
        var data = event.data;
        if (!data || typeof data.type !== 'string' || data.type.indexOf(prefix) !== 0) {
            return;
        }
        var type = data.type.substring(prefix.length);
        switch (type) {
            case 'ready':
                frameReady = true;
                sendToken();
                if (isOpen && frameReady) {
                    post('focus', {});
                }
                break;
            case 'resize':
                if (typeof data.height === 'number' && data.height > 0) {
                    contentHeight = data.height;
                    layout();
                }
                break;
            case 'close':
                close();
                return;
            case 'navigated':
            case 'signed-in':
                break;
            default:
                return;
        }
        tell(type, data);
    });

    narrowScreen.addEventListener('change', layout);
    window.addEventListener('blur', keepFocusOutOfClosedPanel);
    window.addEventListener('resize', layout);

    window.SupportPortal = {
        version: 1,
        open: function (path) { open(path); },
        close: function () { close(); },
        identify: function (token) { identify(token); },
        // Called by the portal's /embed-brand.js with its brand colours.
        useBrand: function (brand) {
            if (!brand) {
                return;
            }
            colour = colour || brand.primary;
            textColour = textColour || brand.primaryText;
            brandName = brand.name || '';
            if (title && brandName) {
                title.textContent = brandName;
            }
            paintLauncher();
        },
    };

    function start() {
        createLauncher();
        var brand = document.createElement('script');
        brand.src = portalOrigin + '/embed-brand.js';
        brand.async = true;
        document.head.appendChild(brand);
    }

    if (document.body) {
        start();
    } else {
        document.addEventListener('DOMContentLoaded', start);
    }
}());
