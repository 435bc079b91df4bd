// The customer's light or dark choice: read from a cookie before the page paints (this script sits in <head>),
// changed by any [data-scheme-toggle] button. Without a choice the page keeps the brand's default scheme, and
// "system" follows the device by CSS alone.
(function () {
    'use strict';
    var cookieName = 'portal-scheme';
    var root = document.documentElement;
    var brandDefault = root.getAttribute('data-scheme') || 'system';

    function remembered() {
        var match = document.cookie.match(/(?:^|;\s*)portal-scheme=(light|dark)(?:;|$)/);
        return match ? match[1] : null;
    }

    function shown() {
        var scheme = root.getAttribute('data-scheme');
        if (scheme === 'system') {
            return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
        }
        return scheme;
    }

    function showToggles() {
        var dark = shown() === 'dark';
        document.querySelectorAll('[data-scheme-toggle]').forEach(function (toggle) {
            toggle.setAttribute('aria-pressed', dark ? 'true' : 'false');
        });
    }

    function apply() {
        root.setAttribute('data-scheme', remembered() || brandDefault);
        showToggles();
    }

    function remember(scheme) {
        // Inside a host site's panel the cookie must be third-party-able, like the portal's own.
        var framed = window.parent !== window;
        document.cookie = cookieName + '=' + scheme + '; Path=/; Max-Age=31536000; ' +
            (framed ? 'SameSite=None; Secure; Partitioned' : 'SameSite=Lax');
    }

    apply();

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('[data-scheme-toggle]');
        if (!toggle) {
            return;
        }
        var next = shown() === 'dark' ? 'light' : 'dark';
        remember(next);
        root.setAttribute('data-scheme', next);
        showToggles();
    });

    document.addEventListener('DOMContentLoaded', showToggles);
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', showToggles);

    // Enhanced navigation swaps the page without running this script again.
    window.addEventListener('load', function () {
        if (window.Blazor && window.Blazor.addEventListener) {
            window.Blazor.addEventListener('enhancedload', apply);
        }
    });
}());
