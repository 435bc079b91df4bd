// Uploads the files picked in an AttachmentPicker, one XMLHttpRequest per file so each shows its own progress,
// and reports to .NET: FileAdded (which decides whether to send), FileProgress, FileUploaded, FileFailed.
const pickers = new WeakMap();
const progressInterval = 150; // ms between progress reports, so a fast upload does not flood the circuit

export function attach(root, dotnet, options) {
    const input = root.querySelector('input[type=file]');
    const picker = { dotnet, options, requests: new Map() };
    pickers.set(root, picker);
    input.addEventListener('change', async () => {
        const picked = Array.from(input.files ?? []);
        input.value = '';
        for (const file of picked) {
            const id = crypto.randomUUID();
            let send = false;
            try {
                send = await dotnet.invokeMethodAsync('FileAdded', id, file.name, file.size);
            } catch {
                return; // the circuit is gone
            }
            if (send) {
                upload(root, picker, id, file);
            }
        }
    });
}

export function remove(root, id, token) {
    const picker = pickers.get(root);
    if (!picker) {
        return;
    }
    const request = picker.requests.get(id);
    if (request) {
        picker.requests.delete(id);
        request.abort();
        return;
    }
    if (token) {
        fetch(`${picker.options.url}/${encodeURIComponent(token)}`, {
            method: 'DELETE',
            headers: headers(root),
            credentials: 'same-origin',
        }).catch(() => { /* the file expires on its own */ });
    }
}

export function detach(root) {
    const picker = pickers.get(root);
    if (picker) {
        picker.requests.forEach(request => request.abort());
        pickers.delete(root);
    }
}

function headers(root) {
    const token = root.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
    // X-Requested-With makes the cookie handler answer 401 instead of redirecting to the sign-in page.
    return { 'RequestVerificationToken': token, 'X-Requested-With': 'XMLHttpRequest' };
}

function upload(root, picker, id, file) {
    const { dotnet, options } = picker;
    const request = new XMLHttpRequest();
    picker.requests.set(id, request);
    let lastReport = 0;

    request.upload.addEventListener('progress', event => {
        const now = performance.now();
        if (!event.lengthComputable || now - lastReport < progressInterval) {
            return;
        }
        lastReport = now;
        dotnet.invokeMethodAsync('FileProgress', id, event.loaded, event.total).catch(() => { });
    });

    request.addEventListener('load', () => {
        picker.requests.delete(id);
        let body = null;
        try {
            body = JSON.parse(request.responseText);
        } catch {
            body = null;
        }
        const uploaded = body?.files?.[0];
        if (request.status >= 200 && request.status < 300 && uploaded) {
            dotnet.invokeMethodAsync('FileUploaded', id, uploaded.token, uploaded.name, uploaded.size).catch(() => { });
        } else {
            // 429 comes from the "uploads" rate limit as the portal's HTML page, so it has no message of its own.
            const refusal = request.status === 401 ? 'SignedOut' : request.status === 429 ? 'Throttled' : 'Server';
            dotnet.invokeMethodAsync('FileFailed', id, refusal, body?.message ?? null).catch(() => { });
        }
    });

    request.addEventListener('error', () => {
        picker.requests.delete(id);
        dotnet.invokeMethodAsync('FileFailed', id, 'Network', null).catch(() => { });
    });

    const body = new FormData();
    body.append('file', file, file.name);
    request.open('POST', `${options.url}?batch=${encodeURIComponent(options.batch)}`);
    for (const [name, value] of Object.entries(headers(root))) {
        request.setRequestHeader(name, value);
    }
    request.send(body);
}
