package io.qqhi.cli;

import io.qqhi.app.RunRequest;

/** The run request a command line's framework, data and method options name. */
final class Requests {
    private Requests() {
    }

    static RunRequest of(FrameworkOptions fo, DataOptions data, MethodOptions mo) {
        return new RunRequest(fo.framework, data.data, data.period, data.indicatorData, data.encoding, data.allowEmpty, mo.set,
                mo.weights, mo.settings, fo.strict);
    }
}
