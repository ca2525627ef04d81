export const id = 181;
export const ids = [181,336,938,32,955];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** Argument parsing on node:util parseArgs, with usage errors as CurateError (exit 2). */


function parse(argv, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(err.message.replace(/\. To specify a positional.*$/s, ''), { hint: usage, exitCode: 2 });
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { exitCode: 2 });
}
/**
 * A numeric flag's value: plain decimal digits only (an optional fraction when `fraction`), at
 * most `max`. Number() would read "0x10" as 16, "1e3" as 1000 and "" as 0; these are refused.
 */
function plainDecimal(value, flag, options) {
    const form = options.fraction ? /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,6})?$/ : /^(0|[1-9][0-9]{0,15})$/;
    const n = form.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isFinite(n) || n > options.max || n < (options.min ?? 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`${flag} must be a plain decimal number from ${options.min ?? 0} to ${options.max.toLocaleString('en-US')}; got "${value.slice(0, 40)}"`, {
            hint: options.fraction ? 'Write digits, with an optional fraction: 4 or 4.5 (no 0x, exponent or sign).' : 'Write digits only: 8192 (no 0x, exponent, sign or fraction).',
            exitCode: 2,
        });
    return n;
}


/***/ }),

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  today: () => (/* binding */ today)
});

// EXTERNAL MODULE: ./src/core/policy.ts + 1 modules
var core_policy = __webpack_require__(3264);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/litellm.ts
var litellm = __webpack_require__(8076);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/core/audit/fingerprint.ts
/**
 * Fingerprints, and the hidden marker that carries one in an issue body. The marker is an
 * HTML comment GitHub does not render; its value is URI-encoded so no model id or upstream
 * string can close the comment early ("-->") or forge a second marker.
 */
function fingerprint(rule, model, fact) {
    return [rule, model ?? '*', fact].join('|');
}
// The marker is the body's last line: a look-alike quoted earlier in the body is not it.
const MARKER = /<!--\s*leger-curate-audit fingerprint=([A-Za-z0-9%._~!*'()-]+)\s*-->\s*$/;
function fingerprint_markerFor(fp) {
    return `<!-- leger-curate-audit fingerprint=${encodeURIComponent(fp)} -->`;
}
/** The fingerprint an issue body carries on its last line, if it carries a well-formed one. */
function fingerprint_fingerprintIn(body) {
    const m = body ? MARKER.exec(body) : null;
    if (!m)
        return undefined;
    try {
        return decodeURIComponent(m[1]);
    }
    catch {
        return undefined;
    }
}
/** The rule and model a fingerprint names (for close comments). */
function fingerprint_parseFingerprint(fp) {
    const [rule = '', model = '*', ...fact] = fp.split('|');
    return { rule, model: model === '*' ? undefined : model, fact: fact.join('|') };
}

// EXTERNAL MODULE: ./src/core/hf.ts
var core_hf = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __webpack_require__(59);
// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/core/audit/common.ts
/** Helpers the audit's checks share. */



const ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
/** The id of an entry the audit can speak about: a well-formed id (validate reports the rest). */
function auditId(e) {
    const id = (0,core_store/* idOf */.TH)(e);
    return id && id.length <= 100 && ID.test(id) ? id : undefined;
}
/** A finding on one field of a model file, with its fingerprint. */
function auditFinding(at, rule, severity, path, fact, message, hint, sync = true) {
    return { ...(0,core_rule/* findingAt */.d)(at.entry, rule, severity, path, message, { hint, at: 'value' }), check: at.check, fingerprint: fingerprint(rule, at.id, fact), model: at.id, sync };
}
/** Whole days from `from` to `to` (YYYY-MM-DD each). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function isDate(s) {
    return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}
/** Numbers as people read them: 1000000 -> "1,000,000". */
function n(v) {
    return v.toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/core/audit/local-health.ts
/**
 * Health of local models' HuggingFace repositories, from prefetched GET /api/models/{repo}
 * results: gone, disabled, gated, a file or shard missing, downloads below the policy, and
 * a repo that no longer offers other quantizations. An unreachable repo is reported but
 * never becomes an issue, and keeps the model's open issues as they are.
 */





/** The repo and file a local entry points at, when its model_uri is well-formed. */
function uriOf(e) {
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const r = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return r?.ok ? r.uri : undefined;
}
/** Every HF repo the store's local models live in, for the I/O layer to fetch. */
function reposToCheck(store) {
    const repos = new Set();
    for (const e of store.entries) {
        if (e.kind !== 'local' || !auditId(e))
            continue;
        const uri = uriOf(e);
        if (uri)
            repos.add(uri.repoId);
    }
    return [...repos].sort();
}
function localHealthFindings(store, hf, minDownloads) {
    const findings = [];
    const unchecked = [];
    for (const entry of store.entries) {
        if (entry.kind !== 'local')
            continue;
        const id = auditId(entry);
        const uri = uriOf(entry);
        if (!id || !uri)
            continue;
        const at = { entry, id, check: 'local-health' };
        const result = hf.get(uri.repoId);
        if (!result || result.status === 'unreachable') {
            unchecked.push(id);
            const why = result?.message ?? 'not fetched';
            findings.push(auditFinding(at, 'audit/hf-unreachable', 'warning', ['model_uri'], uri.repoId, `could not check ${uri.repoId} on HuggingFace: ${why}`, 'Nothing is concluded about this model this run; its issues stay as they are. Rerun the audit later.', false));
            continue;
        }
        if (result.status === 'not-found') {
            findings.push(auditFinding(at, 'audit/hf-gone', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is gone (${result.message})`, 'Find where the model moved and update model_uri, or deprecate the model with a replacement.'));
            continue;
        }
        const info = result.info;
        if (info.disabled === true) {
            findings.push(auditFinding(at, 'audit/hf-disabled', 'error', ['model_uri'], uri.repoId, `the HuggingFace repository ${uri.repoId} is disabled`, 'Disabled repos cannot be downloaded: point model_uri at another repo, or deprecate the model.'));
            continue;
        }
        if (info.gated === 'auto' || info.gated === 'manual' || info.gated === true)
            findings.push(auditFinding(at, 'audit/hf-gated', 'warning', ['model_uri'], `gated=${String(info.gated)}`, `the HuggingFace repository ${uri.repoId} is now gated (${String(info.gated)} approval): downloads need an accepted licence and a token`, 'Prefer an ungated mirror of the same GGUF, or document the HF_TOKEN requirement in notes.'));
        if (info.siblings) {
            const present = new Set(info.siblings.map((s) => s.rfilename));
            const missing = (0,model_uri/* shardFiles */.wq)(uri).filter((f) => !present.has(f));
            if (missing.length) {
                const what = uri.shard ? `${missing.length} of ${uri.shard.total} shards missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}` : `${uri.file} is missing`;
                findings.push(auditFinding(at, 'audit/hf-file-missing', 'error', ['model_uri'], missing.join(','), `${uri.repoId}: ${what}`, 'The file was renamed or removed upstream: pick the current file name from the repo and update model_uri (and size_bytes).'));
            }
            const quants = (0,core_hf/* quantizations */.dA)(info);
            const own = (0,core_store/* str */.gx)(entry.data.quantization)?.toUpperCase();
            if (quants.length === 1 && (!own || quants[0] === own))
                findings.push(auditFinding(at, 'audit/hf-quantizations', 'notice', ['quantization'], `only=${quants[0]}`, `${uri.repoId} now offers only ${quants[0]}: the other quantizations are gone`, 'Users with less memory have no smaller file here: consider a repo that still offers several quantizations.'));
        }
        const changed = (0,pins/* changedHashes */.FZ)(entry.data, info, uri);
        if (changed.length)
            findings.push(auditFinding(at, 'audit/hf-file-replaced', 'error', ['sha256'], changed.map((c) => c.theirs).join(','), `${uri.repoId}: the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs.slice(0, 12)}…, not ${c.ours.slice(0, 12)}…`).join('; ')}`, "Same name, other bytes: check the repo's history, verify the new file, and update sha256, revision and size_bytes (or pin the old revision)."));
        const rev = (0,pins/* pinnedRevision */.aV)(entry.data);
        if (rev && result.revisions?.[rev] === 'not-found')
            findings.push(auditFinding(at, 'audit/hf-revision-gone', 'warning', ['revision'], rev, `${uri.repoId}: the pinned revision ${rev} no longer exists`, 'Verify the file at the current revision and update revision (and sha256 if it changed).'));
        if (typeof info.downloads === 'number' && info.downloads < minDownloads)
            // The fact is the threshold, not the count: the count moves every month, the problem does not.
            findings.push(auditFinding(at, 'audit/hf-downloads', 'notice', ['model_uri'], `below=${minDownloads}`, `${uri.repoId} had ${n(info.downloads)} downloads in the last 30 days, below the policy's ${n(minDownloads)}`, 'A little-used repo may be abandoned: prefer the maker\'s own GGUF repo or a widely used mirror.'));
    }
    return { findings, unchecked };
}
/**
 * Whether the Hub's answers can be trusted as answers. A broken endpoint is not a broken
 * store: when no repository the store names is described (every one 404, 401, 5xx, or a body
 * that is not a model description), the Hub was not really asked, unless the trending
 * listing came back as the Hub's array, which shows the endpoint is the Hub and the repos
 * are truly gone. Returns why it is unreachable, or undefined when it answered.
 */
function hubUnreachable(hf, trendingAnswered, endpoint = 'the HuggingFace Hub') {
    const results = [...hf.values()];
    if (!results.length || results.some((r) => r.status === 'ok'))
        return undefined;
    if (trendingAnswered && results.some((r) => r.status === 'not-found'))
        return undefined;
    const first = results[0];
    const all = results.length === 1 ? 'the one repository' : `any of the ${results.length} repositories`;
    return `${endpoint} did not describe ${all} the store names (first answer: ${first.message})`;
}

;// CONCATENATED MODULE: ./src/core/audit/candidates.ts






/** The providers the store's cloud models use. */
function storeProviders(store) {
    const ps = new Set();
    for (const e of store.entries) {
        const p = e.kind === 'cloud' ? (0,core_store/* str */.gx)(e.data.provider) : undefined;
        if (p && /^[a-z0-9][a-z0-9_-]*$/.test(p))
            ps.add(p);
    }
    return [...ps].sort();
}
/**
 * The release date a LiteLLM key states, as YYYY-MM-DD: "-2025-08-07", "-20250514",
 * or the "-MMDD" of Google's previews ("-05-20"/"-0520" need a year, so they are not used).
 */
function dateInKey(key) {
    const dashed = /(?:^|[^0-9])(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key);
    if (dashed)
        return `${dashed[1]}-${dashed[2]}-${dashed[3]}`;
    const packed = /(?:^|[^0-9])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(key);
    if (packed)
        return `${packed[1]}-${packed[2]}-${packed[3]}`;
    return undefined;
}
/** Audio, realtime, search, image, speech and video models: not what a chat store curates. */
const NOT_CHAT = /(?:^|[-/._])(?:audio|realtime|search|image|images|imagen|tts|speech|transcribe|live|lyria|veo|embedding|moderation)(?:[-/._]|$)/i;
/**
 * The generation a key states, as numbers: "claude-opus-4-7-20260416" -> [4, 7],
 * "gpt-5.4-mini" -> [5, 4], "gemini-3.6-flash" -> [3, 6], "claude-opus-5" -> [5]. The
 * first version number in the model part, before any date.
 */
function generationInKey(key) {
    const model = key.slice(key.lastIndexOf('/') + 1).replace(/-?(?:20\d{2}-?\d{2}-?\d{2})(?![0-9]).*$/, '');
    // A number followed by b, m or k is a size ("gemma-3-27b", "gpt-oss-20b"), not a generation.
    const re = /(?:^|[^0-9.])(\d{1,3})(?:[.-](\d{1,2}))?(?![0-9])/g;
    for (let m = re.exec(model); m; m = re.exec(model)) {
        const after = model.slice(m.index + m[0].length);
        if (m[2] !== undefined && /^[bmk](?![a-z])/i.test(after))
            return [Number(m[1])];
        if (/^[bmk](?![a-z])/i.test(after))
            continue;
        return m[2] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[1])];
    }
    return [];
}
/** A key without its date: a dated snapshot and its alias share it ("gpt-5.5-2026-04-23" -> "gpt-5.5"). */
function undatedKey(key) {
    return key.replace(/-(?:20\d{2}-\d{2}-\d{2}|20\d{6})(?![0-9])/, '').replace(/-latest$/, '');
}
function compareGenerations(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? -1;
        const y = b[i] ?? -1;
        if (x !== y)
            return x - y;
    }
    return 0;
}
/** Newest first within a provider: the generation in the name, then the date in it, then by name. */
function newestFirst(a, b) {
    const g = compareGenerations(generationInKey(b.key), generationInKey(a.key));
    if (g)
        return g;
    const da = dateInKey(a.key) ?? '';
    const db = dateInKey(b.key) ?? '';
    if (da !== db)
        return da < db ? 1 : -1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** "1,050,000-token window, $5.00 in / $30.00 out per 1M": what a curator weighs first. */
function glance(e) {
    const parts = [];
    if (typeof e.max_input_tokens === 'number')
        parts.push(`${n(e.max_input_tokens)}-token input`);
    const i = (0,litellm/* perMillion */.SI)((0,core_store/* num */.bu)(e.input_cost_per_token));
    const o = (0,litellm/* perMillion */.SI)((0,core_store/* num */.bu)(e.output_cost_per_token));
    if (i !== undefined && o !== undefined)
        parts.push(`${(0,litellm/* formatPrice */.$g)(i)} in / ${(0,litellm/* formatPrice */.$g)(o)} out per 1M`);
    return parts.join(', ') || 'no limits or prices listed';
}
/**
 * LiteLLM candidates: chat models of tracked providers that are new upstream (since the
 * baseline), not a dated twin or alias of a tracked model (a snapshot and its alias are one
 * candidate), not a preview, not an audio, realtime, search, image or speech model, not
 * dated for removal. Newest first within each provider; the best few of each are shown.
 */
function litellmCandidates(store, list, o) {
    const tracked = new Set();
    for (const e of store.entries) {
        const name = e.kind === 'cloud' ? (0,core_store/* str */.gx)(e.data.litellm_model_name) : undefined;
        const hit = name ? (0,litellm/* lookupLiteLLM */.Sb)(list, name) : undefined;
        if (hit)
            tracked.add(`${hit.entry.litellm_provider ?? ''}\u0000${undatedKey(hit.key)}`);
    }
    const groups = new Map();
    for (const provider of o.providers) {
        for (const m of (0,litellm/* providerModels */.Gx)(list, provider)) {
            if (o.baseline && Object.hasOwn(o.baseline, m.key))
                continue;
            if (m.key.startsWith('ft:') || NOT_CHAT.test(m.key) || o.preview(m.key) !== undefined)
                continue;
            if (isDate(m.entry.deprecation_date) && m.entry.deprecation_date <= o.today)
                continue;
            const family = `${provider}\u0000${undatedKey(m.key)}`;
            if (tracked.has(family))
                continue;
            const seen = groups.get(family);
            // One candidate per snapshot and alias: the dated snapshot, the route the store prefers.
            if (!seen || (dateInKey(m.key) && !dateInKey(seen.key)))
                groups.set(family, { ...m, provider });
        }
    }
    const all = [...groups.values()];
    if (!all.length)
        return undefined;
    const items = [];
    const shown = [];
    for (const provider of o.providers) {
        const mine = all.filter((m) => m.provider === provider).sort(newestFirst);
        if (!mine.length)
            continue;
        shown.push(`${provider} ${mine.length}`);
        for (const m of mine.slice(0, o.perProvider))
            items.push({ name: (0,core_text/* clip */.$Q)(m.name), provider, detail: glance(m.entry) });
    }
    const since = o.baseline ? ' new since the shipped snapshot' : '';
    return {
        rule: 'audit/candidates-litellm',
        severity: 'notice',
        file: o.file,
        check: 'candidates-litellm',
        fingerprint: fingerprint('audit/candidates-litellm', undefined, 'rolling'),
        sync: true,
        candidates: items,
        message: `${all.length} LiteLLM chat model${all.length === 1 ? '' : 's'}${since} qualify (${shown.join(', ')}); newest of each provider: ${items.map((i) => i.name).join(', ')}`,
        hint: 'Suggestions only: add the ones the coverage strategy asks for (frontier, mid and budget per provider) with leger-curate add. Counted: chat models of tracked providers the store lacks, not previews, dated twins or aliases of tracked models, nor audio, realtime, search, image or speech models; newest first by the generation and date in the name.',
    };
}
function hfCandidates(store, trending, limit, file) {
    const have = new Set();
    for (const e of store.entries) {
        if (e.kind !== 'local')
            continue;
        const uri = uriOf(e);
        if (uri)
            have.add(uri.repoId.toLowerCase());
        const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
        if (repo)
            have.add(repo.toLowerCase());
    }
    const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
    const fresh = trending.filter((m) => REPO.test(m.id) && m.id.length <= 200 && !have.has(m.id.toLowerCase()));
    if (!fresh.length)
        return undefined;
    const items = fresh.slice(0, limit).map((m) => ({
        name: (0,core_text/* clip */.$Q)(m.id),
        detail: [typeof m.trendingScore === 'number' ? `trending score ${m.trendingScore}` : '', typeof m.downloads === 'number' ? `${m.downloads.toLocaleString('en-US')} downloads` : '']
            .filter(Boolean)
            .join(', ') || 'trending',
    }));
    return {
        rule: 'audit/candidates-hf',
        severity: 'notice',
        file,
        check: 'candidates-hf',
        fingerprint: fingerprint('audit/candidates-hf', undefined, 'rolling'),
        sync: true,
        candidates: items,
        message: `${fresh.length} trending GGUF repositor${fresh.length === 1 ? 'y' : 'ies'} on HuggingFace not in the store: ${items.map((i) => i.name).join(', ')}${fresh.length > items.length ? ', …' : ''}`,
        hint: 'Suggestions only, in HuggingFace\'s trending order: check the licence, the maker and the quantizations before adding one with leger-curate add.',
    };
}

;// CONCATENATED MODULE: ./src/core/audit/criteria.ts
/** The validate rule judging the same criterion as each audit rule (rules without one are never excepted). */
const AUDIT_CRITERION = {
    'audit/unlisted': 'cloud/litellm-listed',
    'audit/context-window': 'cloud/facts-match-upstream',
    'audit/max-input': 'cloud/facts-match-upstream',
    'audit/max-output': 'cloud/facts-match-upstream',
    'audit/price': 'cloud/facts-match-upstream',
    'audit/hf-gone': 'local/hf-repo',
    'audit/hf-disabled': 'local/hf-repo',
    'audit/hf-gated': 'local/gated',
    'audit/hf-file-missing': 'local/hf-file',
    'audit/hf-quantizations': 'local/quantizations',
    'audit/hf-downloads': 'local/downloads',
    'audit/hf-file-replaced': 'local/pinned-file',
    'audit/hf-revision-gone': 'local/pinned-file',
    'audit/stale': 'stale-verification',
};
/** The findings no exception covers, and the ones an exception silenced. */
function applyExceptions(findings, policy) {
    const granted = new Set(policy.exceptions.map((x) => `${x.rule}\u0000${x.id}`));
    const kept = [];
    const excepted = [];
    for (const f of findings) {
        const criterion = Object.hasOwn(AUDIT_CRITERION, f.rule) ? AUDIT_CRITERION[f.rule] : undefined;
        if (criterion && f.model && granted.has(`${criterion}\u0000${f.model}`))
            excepted.push({ rule: f.rule, model: f.model, criterion });
        else
            kept.push(f);
    }
    return { kept, excepted };
}

// EXTERNAL MODULE: ./src/core/model-limits.ts
var model_limits = __webpack_require__(6655);
;// CONCATENATED MODULE: ./src/core/audit/drift.ts
/**
 * Upstream drift of cloud models against LiteLLM's list: the input limit (max_input, else the
 * whole window), max output and prices that differ (old -> new), models no longer listed, and LiteLLM deprecation dates.
 * The fingerprint's fact is the upstream value, so fixing the file closes the issue and a
 * further upstream change is a new finding.
 */




const PRICES = [
    { field: 'input_per_1m', cost: 'input_cost_per_token', label: 'input price' },
    { field: 'output_per_1m', cost: 'output_cost_per_token', label: 'output price' },
    { field: 'cache_read_per_1m', cost: 'cache_read_input_token_cost', label: 'cache-read price' },
];
function driftFindings(store, list, origin) {
    const out = [];
    for (const entry of store.entries) {
        if (entry.kind !== 'cloud')
            continue;
        const id = auditId(entry);
        const name = (0,core_store/* str */.gx)(entry.data.litellm_model_name);
        if (!id || !name)
            continue;
        const at = { entry, id, check: 'drift' };
        const hit = (0,litellm/* lookupLiteLLM */.Sb)(list, name);
        if (!hit) {
            out.push(auditFinding(at, 'audit/unlisted', 'warning', ['litellm_model_name'], name, `${name} is no longer in LiteLLM's list (${origin})`, entry.data.deprecated === true
                ? 'The model is deprecated: remove it from blueprints and, after its sunset, from the store.'
                : 'Check the provider: if the model was retired, deprecate it (leger-curate deprecate ID --replacement NEW); if it was renamed, update litellm_model_name.'));
            continue;
        }
        const e = hit.entry;
        // One reading of a window: the same comparison validate's cloud/facts-match-upstream makes.
        for (const d of (0,model_limits/* compareLimits */.sB)(entry.data, e)) {
            const rule = d.field === 'max_output' ? 'audit/max-output' : d.field === 'max_input' ? 'audit/max-input' : 'audit/context-window';
            const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens';
            out.push(auditFinding(at, rule, 'warning', [d.field], String(d.theirs), `${d.field} differs from LiteLLM's ${theirs}: ${n(d.ours)} -> ${n(d.theirs)} (${hit.key})`, d.field === 'context_window'
                ? `Check the provider's documentation: set "context_window": ${d.theirs} if the whole window is that, or keep the window and record the input cap as "max_input": ${d.theirs}.`
                : `Check the provider's documentation and set "${d.field}": ${d.theirs} if it agrees.`));
        }
        const pricing = entry.data.pricing;
        if (pricing && typeof pricing === 'object' && !Array.isArray(pricing)) {
            for (const p of PRICES) {
                const stored = (0,core_store/* price */.q9)(pricing[p.field]);
                const upstream = (0,litellm/* perMillion */.SI)((0,core_store/* num */.bu)(e[p.cost]));
                if (stored === undefined || upstream === undefined || Math.abs(stored - upstream) < 1e-9)
                    continue;
                out.push(auditFinding(at, 'audit/price', 'warning', ['pricing', p.field], `${p.field}=${upstream}`, `${p.label} differs from LiteLLM: ${(0,litellm/* formatPrice */.$g)(stored)} -> ${(0,litellm/* formatPrice */.$g)(upstream)} per 1M tokens (${hit.key})`, `Check the provider's price page and set "${p.field}": "${(0,litellm/* formatPrice */.$g)(upstream)}" if it agrees.`));
            }
        }
        const date = e.deprecation_date;
        if (isDate(date) && entry.data.deprecated !== true)
            out.push(auditFinding(at, 'audit/litellm-deprecation', 'warning', ['litellm_model_name'], date, `LiteLLM marks ${hit.key} for deprecation on ${date}`, `Deprecate it: leger-curate deprecate ${id} --replacement NEW, with "sunset_date": "${date}".`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/audit/lifecycle.ts
/** Lifecycle: deprecated models past their sunset, replacements that are deprecated, stale verification. */




function lifecycleFindings(store, today, staleDays) {
    const out = [];
    for (const entry of store.entries) {
        const id = auditId(entry);
        if (!id)
            continue;
        const at = { entry, id, check: 'lifecycle' };
        const deprecated = entry.data.deprecated === true;
        const sunset = entry.data.sunset_date;
        if (deprecated && isDate(sunset) && sunset < today) {
            const days = daysBetween(sunset, today);
            // The store keeps deprecated models (it is rolling), so nothing in it can resolve this: a
            // notice in the report, never an issue that could only be closed by hand.
            out.push(auditFinding(at, 'audit/past-sunset', 'notice', ['sunset_date'], sunset, `${id} is deprecated and its sunset_date ${sunset} passed ${(0,core_text/* plural */.LS)(days, 'day')} ago`, `Blueprints that name ${id} still render, with a warning; point them at ${(0,core_store/* str */.gx)(entry.data.replacement) ?? 'its replacement'}.`, false));
        }
        const replacement = (0,core_store/* str */.gx)(entry.data.replacement);
        if (replacement) {
            const target = store.find(replacement);
            if (target && target !== entry && target.data.deprecated === true) {
                const next = (0,core_store/* str */.gx)(target.data.replacement);
                out.push(auditFinding(at, 'audit/replacement-deprecated', 'warning', ['replacement'], replacement, `the replacement of ${id}, ${replacement}, is itself deprecated`, next ? `Point replacement at "${next}" (the replacement's own replacement).` : 'Point replacement at a model that is not deprecated.'));
            }
        }
        const verified = entry.data.last_verified;
        if (isDate(verified) && verified <= today) {
            const age = daysBetween(verified, today);
            if (age > staleDays)
                out.push(auditFinding(at, 'audit/stale', 'notice', ['last_verified'], verified, `last_verified ${verified} is ${(0,core_text/* plural */.LS)(age, 'day')} old; the policy allows ${staleDays}`, 'Check every fact against the sources, fix what changed, and set last_verified to today.'));
        }
    }
    return out;
}
const STALE_FINGERPRINT = fingerprint('audit/stale', undefined, 'rolling');
/**
 * Staleness is one issue: the models whose last_verified is too old (after the policy's
 * exceptions) become one rolling finding listing each with its age, oldest first. The
 * fingerprint is fixed, so the issue is updated in place and closed when none is stale.
 */
function rollUpStale(findings, storePath, staleDays) {
    const stale = findings.filter((f) => f.rule === 'audit/stale' && f.model);
    if (!stale.length)
        return findings;
    const items = stale
        .map((f) => ({ f, verified: f.fingerprint.split('|').pop() ?? '' }))
        .sort((a, b) => (a.verified < b.verified ? -1 : a.verified > b.verified ? 1 : a.f.model < b.f.model ? -1 : 1))
        .map(({ f }) => ({ name: f.model, detail: f.message }));
    const rolled = {
        rule: 'audit/stale',
        severity: 'notice',
        file: storePath,
        check: 'lifecycle',
        fingerprint: STALE_FINGERPRINT,
        sync: true,
        items,
        message: `${(0,core_text/* plural */.LS)(items.length, 'model')} last verified more than ${(0,core_text/* plural */.LS)(staleDays, 'day')} ago: ${items.map((i) => i.name).join(', ')}`,
        hint: 'Check each model\'s facts against its sources (the audit\'s drift findings show what changed upstream), fix what changed, and set last_verified to the day you checked.',
    };
    return [...findings.filter((f) => !stale.includes(f)), rolled];
}

;// CONCATENATED MODULE: ./src/core/audit/types.ts
/** Which check family each audit rule belongs to (a fingerprint names its rule). */
const types_RULE_CHECK = {
    'audit/unlisted': 'drift',
    'audit/context-window': 'drift',
    'audit/max-input': 'drift',
    'audit/max-output': 'drift',
    'audit/price': 'drift',
    'audit/litellm-deprecation': 'drift',
    'audit/hf-unreachable': 'local-health',
    'audit/hf-gone': 'local-health',
    'audit/hf-disabled': 'local-health',
    'audit/hf-gated': 'local-health',
    'audit/hf-file-missing': 'local-health',
    'audit/hf-quantizations': 'local-health',
    'audit/hf-file-replaced': 'local-health',
    'audit/hf-revision-gone': 'local-health',
    'audit/hf-downloads': 'local-health',
    'audit/past-sunset': 'lifecycle',
    'audit/replacement-deprecated': 'lifecycle',
    'audit/stale': 'lifecycle',
    'audit/candidates-litellm': 'candidates-litellm',
    'audit/candidates-hf': 'candidates-hf',
};
/** The thresholds, exceptions and patterns the curation policy sets for the audit. */
function auditOptionsFromPolicy(policy) {
    return { minDownloads: policy.thresholds.min_downloads, staleDays: policy.thresholds.stale_after_days, policy };
}

;// CONCATENATED MODULE: ./src/core/audit/index.ts
/** The audit: the store against upstream facts, as findings with fingerprints. Pure. */











const AUDIT_DEFAULTS = { minDownloads: 1000, staleDays: 180, candidateLimit: 3, storePath: 'model-store' };
const SEVERITY = { error: 0, warning: 1, notice: 2 };
function audit({ store, facts }, options) {
    const o = { ...AUDIT_DEFAULTS, ...options };
    const policy = options.policy ?? core_policy/* DEFAULT_POLICY */.zj;
    let findings = [];
    const checked = ['lifecycle'];
    const unchecked = [];
    const sources = [];
    const notChecked = [];
    const unreachable = [];
    findings.push(...lifecycleFindings(store, o.today, o.staleDays));
    if (facts.litellm) {
        sources.push(facts.litellm.origin);
        checked.push('drift', 'candidates-litellm');
        findings.push(...driftFindings(store, facts.litellm.list, facts.litellm.origin));
        const c = litellmCandidates(store, facts.litellm.list, {
            providers: options.trackedProviders ?? storeProviders(store),
            today: o.today,
            perProvider: o.candidateLimit,
            file: `${o.storePath}/cloud`,
            preview: (0,core_policy/* compilePolicy */.C_)(policy).preview,
            baseline: facts.baseline?.list,
        });
        if (c)
            findings.push(c);
    }
    if (facts.hf) {
        const locals = store.entries.filter((e) => e.kind === 'local').map(auditId).filter((x) => x !== undefined);
        const down = hubUnreachable(facts.hf, facts.trending !== undefined, facts.hfEndpoint);
        if (down) {
            // Nothing is concluded from a Hub that did not answer: no finding, no issue opened or closed.
            unreachable.push(down);
            unchecked.push(...locals);
            notChecked.push({ check: 'local-health', why: `${(0,core_text/* plural */.LS)(locals.length, 'local model')} not checked: ${down}` });
        }
        else {
            checked.push('local-health');
            const r = localHealthFindings(store, facts.hf, o.minDownloads);
            findings.push(...r.findings);
            unchecked.push(...r.unchecked);
            if (r.unchecked.length)
                notChecked.push({ check: 'local-health', why: `not checked: ${r.unchecked.join(', ')} (their repositories did not answer)` });
        }
    }
    if (facts.trending) {
        checked.push('candidates-hf');
        const c = hfCandidates(store, facts.trending, o.candidateLimit * 5, `${o.storePath}/local`);
        if (c)
            findings.push(c);
    }
    else if (facts.trendingProblem)
        notChecked.push({ check: 'candidates-hf', why: `trending GGUF repositories not checked: ${facts.trendingProblem}` });
    const { kept, excepted } = applyExceptions(findings, policy);
    findings = rollUpStale(kept, o.storePath, o.staleDays);
    findings.sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || SEVERITY[a.severity] - SEVERITY[b.severity] || cmp(a.fingerprint, b.fingerprint));
    const models = store.entries.map(auditId).filter((x) => x !== undefined);
    const unparsed = [...new Set(store.syntax.map((f) => f.file))].sort(cmp);
    return { findings, checked, unchecked, models, sources, notChecked, unreachable, excepted, ...(unparsed.length && { unparsed }) };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The exit code README promises: 2 when an upstream could not be read, 1 on error findings, else 0. */
function auditExitCode(r) {
    if (r.unreachable.length)
        return 2;
    return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
function auditSummaryLine(r) {
    const count = (s) => r.findings.filter((f) => f.severity === s).length;
    return `${(0,core_text/* plural */.LS)(r.findings.length, 'audit finding')} (${(0,core_text/* plural */.LS)(count('error'), 'error')}, ${(0,core_text/* plural */.LS)(count('warning'), 'warning')}, ${(0,core_text/* plural */.LS)(count('notice'), 'notice')}) over ${(0,core_text/* plural */.LS)(r.models.length, 'model')}`;
}

// EXTERNAL MODULE: ./src/io/huggingface.ts
var huggingface = __webpack_require__(1658);
// EXTERNAL MODULE: ./src/io/upstream.ts
var upstream = __webpack_require__(2955);
// EXTERNAL MODULE: ./src/io/litellm.ts
var io_litellm = __webpack_require__(9995);
;// CONCATENATED MODULE: ./src/io/audit-facts.ts
/**
 * The upstream facts an audit reads, fetched up front so the audit itself stays pure.
 * Offline: the shipped LiteLLM snapshot only. Online: the live list (LITELLM_PRICES_URL),
 * every local model's HF repo and the trending GGUF listing (HF_ENDPOINT, HF_TOKEN).
 */






async function fetchAuditFacts(store, options) {
    const env = options.env ?? process.env;
    if (!options.online)
        return { facts: { litellm: (0,io_litellm/* loadLiteLLMSnapshot */.Ez)(options.dataDir) }, notes: [] };
    const notes = [];
    let trendingProblem;
    const hf = (0,huggingface/* createHfClient */.c7)(env, options.http);
    const endpoint = (env.HF_ENDPOINT ?? huggingface/* DEFAULT_HF_ENDPOINT */.pp).replace(/\/+$/, '');
    const repos = reposToCheck(store);
    const [litellm, results, trending] = await Promise.all([
        (0,io_litellm/* fetchLiteLLMList */._3)(env, options.http),
        Promise.all(repos.map(async (r) => [r, await hf.modelInfo(r)])),
        hf.listModels({ filter: 'gguf', sort: 'trendingScore', direction: -1, limit: options.trendingLimit ?? 30 }).catch((err) => {
            trendingProblem = err.message;
            return undefined;
        }),
    ]);
    const hfResults = new Map(results);
    await (0,huggingface/* addRevisionStatus */.vQ)(hf, (0,pins/* revisionsToCheck */.qu)(store.entries.filter((e) => auditId(e)), upstream.repoOfData), hfResults);
    // Candidates are what is new upstream: new against the snapshot the toolkit ships.
    const snapshot = (0,io_litellm/* loadLiteLLMSnapshot */.Ez)(options.dataDir);
    const facts = {
        litellm: { list: litellm.list, origin: litellm.origin, offline: false },
        hf: hfResults,
        trending,
        trendingProblem,
        hfEndpoint: endpoint,
        baseline: { list: snapshot.list, origin: snapshot.origin },
    };
    notes.unshift(`HuggingFace: ${endpoint} (${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'})`);
    return { facts, notes };
}

// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
;// CONCATENATED MODULE: ./src/core/audit/issue-plan.ts
/**
 * The GitHub issue sync, decided: given this run's findings and the existing `model-audit`
 * issues (found by the fingerprint hidden in their bodies), what to open, update, reopen,
 * close or leave. Pure: the renderer (report layer) writes the text, the I/O layer acts.
 */


const AUDIT_LABEL = 'model-audit';
/** Both kinds of candidates share one rolling issue. */
const issue_plan_CANDIDATES_FINGERPRINT = 'audit/candidates|*|rolling';
/** Bodies compare as GitHub returns them: line endings and trailing space may differ. */
function sameText(a, b) {
    const norm = (s) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
    return norm(a) === norm(b);
}
const ORDER = { close: 0, reopen: 1, update: 2, open: 3, unchanged: 4, kept: 5 };
function planIssues(result, existing, render) {
    // An upstream that could not be read leaves every issue as it is: nothing is opened, updated or closed.
    if (result.unreachable.length) {
        const why = `not synced: ${result.unreachable.join('; ')}`;
        return existing
            .filter((i) => i.state === 'open' && fingerprintIn(i.body))
            .map((issue) => ({ kind: 'kept', fingerprint: fingerprintIn(issue.body), issue, why, findings: [] }))
            .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    }
    // What this run wants, by fingerprint.
    const wanted = new Map();
    for (const f of result.findings) {
        if (!f.sync)
            continue;
        const fp = f.check.startsWith('candidates') ? issue_plan_CANDIDATES_FINGERPRINT : f.fingerprint;
        wanted.set(fp, [...(wanted.get(fp) ?? []), f]);
    }
    const draftFor = (fp, fs) => (fp === issue_plan_CANDIDATES_FINGERPRINT ? render.candidates(fs, result) : render.issue(fs[0]));
    // What exists, by fingerprint: issues without a well-formed marker are people's, not ours.
    const byFp = new Map();
    for (const issue of existing) {
        const fp = fingerprintIn(issue.body);
        if (fp)
            byFp.set(fp, [...(byFp.get(fp) ?? []), issue]);
    }
    const actions = [];
    const checked = new Set(result.checked);
    const unchecked = new Set(result.unchecked);
    const models = new Set(result.models);
    const unparsed = result.unparsed ?? [];
    for (const [fp, findings] of wanted) {
        const issues = byFp.get(fp) ?? [];
        const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
        const draft = draftFor(fp, findings);
        if (open.length) {
            const [keep, ...dupes] = open;
            actions.push(sameText(keep.title, draft.title) && sameText(keep.body, draft.body) ? { kind: 'unchanged', fingerprint: fp, issue: keep, findings } : { kind: 'update', fingerprint: fp, issue: keep, draft, findings });
            for (const d of dupes)
                actions.push({ kind: 'close', fingerprint: fp, issue: d, reason: { kind: 'duplicate', of: keep.number }, comment: render.closeComment(d, { kind: 'duplicate', of: keep.number }) });
            continue;
        }
        const last = [...issues].sort((a, b) => b.number - a.number)[0];
        if (!last)
            actions.push({ kind: 'open', fingerprint: fp, draft, findings });
        else if (last.stateReason === 'not_planned')
            actions.push({ kind: 'kept', fingerprint: fp, issue: last, why: `#${last.number} was closed as not planned; the audit respects that`, findings });
        else
            actions.push({ kind: 'reopen', fingerprint: fp, issue: last, draft, comment: render.reopenComment(last, findings), findings });
    }
    for (const [fp, issues] of byFp) {
        if (wanted.has(fp))
            continue;
        const { rule, model } = parseFingerprint(fp);
        const families = fp === issue_plan_CANDIDATES_FINGERPRINT ? ['candidates-litellm', 'candidates-hf'] : Object.hasOwn(RULE_CHECK, rule) ? [RULE_CHECK[rule]] : [];
        for (const issue of issues.filter((i) => i.state === 'open')) {
            if (!families.some((c) => checked.has(c))) {
                actions.push({ kind: 'kept', fingerprint: fp, issue, why: families.length ? `not checked this run (${families.join(', ')})` : `unknown audit rule "${rule}"`, findings: [] });
                continue;
            }
            // A model whose file failed to parse was not checked: not resolved, not removed.
            const broken = model ? unparsedFor(model, models, unparsed) : undefined;
            if (broken) {
                actions.push({ kind: 'kept', fingerprint: fp, issue, why: `${model} could not be checked this run: ${broken} failed to parse`, findings: [] });
                continue;
            }
            if (model && unchecked.has(model)) {
                actions.push({ kind: 'kept', fingerprint: fp, issue, why: `${model} could not be checked this run`, findings: [] });
                continue;
            }
            let reason;
            if (model && !models.has(model))
                reason = { kind: 'removed', model };
            else {
                // A rolled-up finding of the same rule (staleness) supersedes the per-model issues it replaces.
                const by = model ? result.findings.filter((f) => f.sync && f.rule === rule && (f.model === model || (f.model === undefined && f.items?.some((i) => i.name === model)))) : [];
                reason = by.length ? { kind: 'superseded', by } : { kind: 'resolved' };
            }
            actions.push({ kind: 'close', fingerprint: fp, issue, reason, comment: render.closeComment(issue, reason) });
        }
    }
    return actions.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}
/**
 * The unreadable file that may hold `model`: its own `<model>.json`, or, when no model of the
 * run has that id, any unreadable file (its id cannot be known, so "removed" cannot be concluded).
 */
function unparsedFor(model, models, unparsed) {
    const own = unparsed.find((f) => f.slice(f.lastIndexOf('/') + 1) === `${model}.json`);
    if (own)
        return own;
    if (!models.has(model) && unparsed.length)
        return unparsed.length === 1 ? unparsed[0] : `${unparsed[0]} (and ${unparsed.length - 1} more model files)`;
    return undefined;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/report/audit.ts
/** The audit's reports: terminal text, JSON, Markdown, and the text of its GitHub issues. */




const TONE = { error: 'red', warning: 'yellow', notice: 'blue' };
/** What did not run, and the findings the policy's exceptions silenced, one line each. */
function notCheckedLines(r) {
    return r.notChecked.map((x) => `${x.check}: ${x.why}`);
}
/** The findings the policy's exceptions silenced, as one line (or none). */
function exceptedLine(r) {
    return r.excepted.length ? `silenced by the policy's exceptions: ${r.excepted.map((x) => `${x.rule} for ${x.model} (${x.criterion})`).join(', ')}` : undefined;
}
/** One line saying what the audit read, and what it did not. */
function sourcesLine(r, offline) {
    const parts = [`Audited against ${r.sources.join(' and ') || 'the store alone'}`];
    if (offline)
        parts.push('offline: used the shipped LiteLLM snapshot; HuggingFace not checked (pass --online to fetch both)');
    return parts.join('; ');
}
function formatAuditText(r, offline, color) {
    const paint = (0,report_text/* painter */.C2)(color);
    const lines = [paint('dim', (0,report_text/* clean */.uH)(sourcesLine(r, offline))), ''];
    for (const f of r.findings) {
        lines.push(`${paint('bold', (0,report_text/* clean */.uH)((0,report_text/* formatLocation */.j$)(f)))} ${paint(TONE[f.severity], f.severity)} ${paint('dim', f.rule)} ${(0,report_text/* clean */.uH)(f.message)}`);
        for (const c of [...(f.candidates ?? []), ...(f.items ?? [])])
            lines.push(`  - ${(0,report_text/* clean */.uH)(c.name)} ${paint('dim', `(${(0,report_text/* clean */.uH)(c.detail)})`)}`);
        if (f.hint)
            lines.push(`  ${paint('dim', 'hint:')} ${(0,report_text/* clean */.uH)(f.hint)}`);
    }
    if (r.findings.length)
        lines.push('');
    for (const u of r.unreachable)
        lines.push(`${paint('red', 'upstream unreachable:')} ${(0,report_text/* clean */.uH)(u)}; nothing was concluded from it`);
    for (const x of notCheckedLines(r))
        lines.push(`${paint('dim', 'not checked:')} ${(0,report_text/* clean */.uH)(x)}`);
    const excepted = exceptedLine(r);
    if (excepted)
        lines.push(paint('dim', (0,report_text/* clean */.uH)(excepted)));
    if (r.unreachable.length || r.notChecked.length || excepted)
        lines.push('');
    lines.push(r.findings.length ? auditSummaryLine(r) : paint('green', `✔ no audit findings over ${r.models.length} models`));
    return lines.join('\n') + '\n';
}
function formatAuditJson(r, offline) {
    const count = (s) => r.findings.filter((f) => f.severity === s).length;
    const out = {
        offline,
        sources: r.sources,
        checked: r.checked,
        unchecked: r.unchecked,
        not_checked: r.notChecked,
        unreachable: r.unreachable,
        excepted: r.excepted,
        findings: r.findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            file: f.file,
            line: f.line ?? null,
            column: f.column ?? null,
            model: f.model ?? null,
            fingerprint: f.fingerprint,
            message: f.message,
            hint: f.hint ?? null,
            ...(f.candidates ? { candidates: f.candidates } : {}),
            ...(f.items ? { items: f.items } : {}),
        })),
        summary: { models: r.models.length, findings: r.findings.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    };
    return JSON.stringify(out, null, 2) + '\n';
}
function formatAuditMarkdown(r, offline) {
    const out = ['## Model audit', '', (0,markdown/* mdText */.bC)(sourcesLine(r, offline)), ''];
    const issues = r.findings.filter((f) => !f.candidates);
    if (issues.length) {
        out.push((0,markdown/* mdTable */.gJ)(['Severity', 'Model', 'Rule', 'Finding', 'Where'], issues.map((f) => [f.severity, f.model ? (0,markdown/* mdCode */.xs)(f.model) : '', (0,markdown/* mdCode */.xs)(f.rule), (0,markdown/* mdText */.bC)(f.message), (0,markdown/* mdCode */.xs)((0,report_text/* formatLocation */.j$)(f))])), '');
    }
    for (const f of issues.filter((x) => x.items))
        out.push(itemsSection(f), '');
    for (const f of r.findings.filter((x) => x.candidates))
        out.push(candidatesSection(f), '');
    out.push(...notCheckedMarkdown(r));
    out.push((0,markdown/* mdText */.bC)(r.findings.length ? auditSummaryLine(r) : `No audit findings over ${r.models.length} models`));
    return out.join('\n') + '\n';
}
function candidatesSection(f) {
    if (f.rule === 'audit/candidates-hf')
        return ['### Trending GGUF repositories on HuggingFace not in the store', '', (0,markdown/* mdText */.bC)(f.hint ?? ''), '', (0,markdown/* mdTable */.gJ)(['Candidate', 'Why here'], (f.candidates ?? []).map((c) => [(0,markdown/* mdCode */.xs)(c.name), (0,markdown/* mdText */.bC)(c.detail)]))].join('\n');
    return [
        '### New LiteLLM chat models of tracked providers (newest of each provider first)',
        '',
        (0,markdown/* mdText */.bC)(f.message),
        '',
        (0,markdown/* mdText */.bC)(f.hint ?? ''),
        '',
        (0,markdown/* mdTable */.gJ)(['Provider', 'Candidate', 'Input window and prices'], (f.candidates ?? []).map((c) => [(0,markdown/* mdText */.bC)(c.provider ?? ''), (0,markdown/* mdCode */.xs)(c.name), (0,markdown/* mdText */.bC)(c.detail)])),
    ].join('\n');
}
/** A rolled-up finding's models, one row each. */
function itemsSection(f) {
    return [`### ${(0,markdown/* mdText */.bC)(f.message)}`, '', (0,markdown/* mdTable */.gJ)(['Model', 'Finding'], (f.items ?? []).map((i) => [(0,markdown/* mdCode */.xs)(i.name), (0,markdown/* mdText */.bC)(i.detail)]))].join('\n');
}
/** What the run did not check, as Markdown: upstreams unreachable first. */
function notCheckedMarkdown(r) {
    const out = [];
    if (r.unreachable.length)
        out.push('> [!CAUTION]', ...r.unreachable.map((u) => `> Upstream unreachable: ${(0,markdown/* mdText */.bC)(u)}. Nothing was concluded from it, and no issue is opened or closed.`), '');
    const lines = notCheckedLines(r);
    if (lines.length)
        out.push('### Not checked', '', ...lines.map((x) => `- ${(0,markdown/* mdText */.bC)(x)}`), '');
    const excepted = exceptedLine(r);
    if (excepted)
        out.push(`_${(0,markdown/* mdText */.bC)(excepted)}._`, '');
    return out;
}
const FOOTER = '<sub>Kept up to date by the monthly model audit (leger-curate): it rewrites this description while the finding holds (comment rather than edit it) and closes the issue, with a comment, when the finding no longer holds.</sub>';
/** What no longer holding means, rule by rule, for the close comment. */
const RESOLVED = {
    'audit/unlisted': "LiteLLM's list has the model again (or litellm_model_name was updated)",
    'audit/context-window': "the store's input limit and LiteLLM's max_input_tokens agree now",
    'audit/max-input': "the store's max_input and LiteLLM's max_input_tokens agree now",
    'audit/max-output': "the store's max_output and LiteLLM's agree now",
    'audit/price': "the store's price and LiteLLM's agree now",
    'audit/litellm-deprecation': 'the model is deprecated in the store now (or LiteLLM dropped the date)',
    'audit/hf-gone': 'the repository answers again (or model_uri points elsewhere)',
    'audit/hf-disabled': 'the repository is no longer disabled (or model_uri points elsewhere)',
    'audit/hf-gated': 'the repository is no longer gated (or model_uri points elsewhere)',
    'audit/hf-file-missing': 'every file model_uri needs is in the repository now',
    'audit/hf-quantizations': 'the repository offers several quantizations again (or model_uri points elsewhere)',
    'audit/hf-downloads': "the repository's downloads are back above the policy's threshold",
    'audit/hf-file-replaced': "the file's recorded sha256 and the Hub's agree now",
    'audit/hf-revision-gone': 'the pinned revision exists (or the file pins another)',
    'audit/past-sunset': 'a passed sunset is now reported in the audit summary only (the store keeps deprecated models, so no change to it could close this)',
    'audit/replacement-deprecated': 'the replacement is no longer a deprecated model',
    'audit/stale': "no model's last_verified is older than the policy allows now",
};
function issueTitle(f) {
    const t = oneLine(`[model audit] ${f.model ? `${f.model}: ` : ''}${f.message}`);
    return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}
function issueRenderer(options = {}) {
    const where = (f) => {
        const loc = mdCode(formatLocation(f));
        // Only a path the store layout produces goes into a link.
        if (!options.repoUrl || !/^[A-Za-z0-9._/-]+$/.test(f.file) || f.file.includes('..'))
            return loc;
        return `[${loc}](${options.repoUrl}/blob/HEAD/${f.file}${f.line ? `#L${f.line}` : ''})`;
    };
    return {
        issue(f) {
            const body = [
                `**${mdText(f.message)}**`,
                '',
                mdTable(['', ''], [
                    ['Model', f.model ? mdCode(f.model) : ''],
                    ['Where', where(f)],
                    ['Rule', `${mdCode(f.rule)} (${f.severity})`],
                    ['Fingerprint', mdCode(f.fingerprint)],
                ]),
                '',
                ...(f.items ? [mdTable(['Model', 'Finding'], f.items.map((i) => [mdCode(i.name), mdText(i.detail)])), ''] : []),
                f.hint ? `**What to do:** ${mdText(f.hint)}` : '',
                '',
                FOOTER,
                '',
                markerFor(f.fingerprint),
            ];
            return { title: issueTitle(f), body: body.join('\n') };
        },
        candidates(fs, result) {
            const parts = ['Suggestions from the monthly model audit: models upstream lists that the store does not have. Nothing here is an error; add the ones worth curating with `leger-curate add`.', ''];
            for (const f of fs)
                parts.push(candidatesSection(f), '');
            const missing = ['candidates-litellm', 'candidates-hf'].filter((c) => !result.checked.includes(c));
            if (missing.length)
                parts.push(`_Not checked in this run: ${missing.join(', ')}._`, '');
            parts.push(FOOTER, '', markerFor(CANDIDATES_FINGERPRINT));
            return { title: '[model audit] Candidates for the store', body: parts.join('\n') };
        },
        closeComment(_issue, reason) {
            if (reason.kind === 'duplicate')
                return `Closing as a duplicate of #${reason.of}, which tracks the same finding.`;
            if (reason.kind === 'removed')
                return `The monthly audit no longer finds this: ${mdCode(reason.model)} is no longer in the store. Closing.`;
            if (reason.kind === 'superseded')
                return [`The monthly audit no longer finds this as stated: the upstream fact changed again.`, '', ...reason.by.map((f) => `- ${mdText(f.message)}`), '', 'That is tracked in its own issue. Closing this one.'].join('\n');
            return resolvedComment(fingerprintIn(_issue.body) ?? '');
        },
        reopenComment(_issue, fs) {
            return [`The monthly audit finds this again, so it is reopened rather than filed twice:`, '', ...fs.map((f) => `- ${mdText(f.message)}`)].join('\n');
        },
    };
}
/** The resolved close comment, specific to the rule (kept apart so the renderer stays small). */
function resolvedComment(fingerprint) {
    if (fingerprint === CANDIDATES_FINGERPRINT)
        return 'The monthly audit finds no candidates this time: the store has every model the upstream lists suggested. Closing.';
    const { rule } = parseFingerprint(fingerprint);
    const what = Object.hasOwn(RESOLVED, rule) ? RESOLVED[rule] : undefined;
    return what ? `The monthly audit no longer finds this: ${what}. Closing.` : 'The monthly audit no longer finds this. Closing.';
}
const VERB = {
    open: ['opened', 'would open'],
    update: ['updated', 'would update'],
    reopen: ['reopened', 'would reopen'],
    close: ['closed', 'would close'],
    unchanged: ['unchanged', 'unchanged'],
    kept: ['left as is', 'left as is'],
};
function what(o) {
    const ref = o.number ? ` #${o.number}` : '';
    const [done, planned] = VERB[o.action.kind] ?? [o.action.kind, o.action.kind];
    if (o.status === 'failed')
        return `**failed** to ${o.action.kind}${ref}: ${mdText(o.error ?? '')}`;
    if (o.status === 'skipped')
        return `not attempted (${o.action.kind}${ref}) after an earlier failure`;
    const verb = o.status === 'planned' ? planned : done;
    return `${verb}${ref}${o.action.why ? ` (${mdText(o.action.why)})` : ''}`;
}
function formatAuditSummary(r, outcomes, options) {
    const out = [`## Model audit${options.dryRun ? ' (dry run: nothing written)' : ''}`, '', mdText(sourcesLine(r, options.offline)), ''];
    for (const n of options.notes ?? [])
        out.push(`- ${mdText(n)}`);
    if (options.notes?.length)
        out.push('');
    if (options.failure)
        out.push(`> [!CAUTION]`, `> The issue sync stopped: ${mdText(options.failure)}`, '');
    out.push(...notCheckedMarkdown(r));
    const byFinding = new Map();
    for (const o of outcomes)
        for (const f of o.action.findings ?? [])
            byFinding.set(f, o);
    const rows = r.findings.map((f) => {
        const o = byFinding.get(f);
        const done = !f.sync ? (f.rule === 'audit/past-sunset' ? 'reported only: no issue' : 'reported only: nothing concluded') : o ? what(o) : 'not synced';
        return [f.severity, f.model ? mdCode(f.model) : '', mdCode(f.rule), mdText(f.message), done];
    });
    out.push(`### Findings (${r.findings.length})`, '');
    out.push(rows.length ? mdTable(['Severity', 'Model', 'Rule', 'Finding', 'Issue'], rows) : 'No findings.', '');
    const gone = outcomes.filter((o) => o.action.kind === 'close' || (o.action.kind === 'kept' && !(o.action.findings ?? []).length));
    if (gone.length) {
        out.push(`### Existing issues with no finding this run (${gone.length})`, '');
        out.push(mdTable(['Issue', 'Fingerprint', 'Done'], gone.map((o) => [o.number ? `#${o.number}` : '', mdCode(o.action.fingerprint), what(o)])), '');
    }
    const count = (k) => outcomes.filter((o) => o.action.kind === k && o.status !== 'skipped' && o.status !== 'failed').length;
    out.push(`${options.dryRun ? 'Planned' : 'Done'}: ${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('close')} closed, ${count('unchanged')} unchanged.`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/audit.ts
/** leger-curate audit [--online] [--format text|json|markdown] [--store DIR] */









const USAGE = `Usage: leger-curate audit [options]

Checks the store against upstream facts: context windows, max output and prices against
LiteLLM's list, deprecation dates, sunsets, stale last_verified dates, the health of local
models' HuggingFace repositories, and candidates the store lacks.

Options:
  --online            fetch LiteLLM's list (LITELLM_PRICES_URL) and ask HuggingFace
                      (HF_ENDPOINT, HF_TOKEN); without it, the shipped snapshot only
  --format FORMAT     text (default), json, or markdown
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  -h, --help          show this help

Exit codes: 0 no error findings, 1 error findings, 2 usage or I/O failure, or an upstream
that could not be read (LiteLLM's list, or a HuggingFace Hub that described none of the
store's repositories): the report then says what was not checked.
`;
const FORMATS = ['text', 'json', 'markdown'];
async function run(argv, io) {
    const { values } = (0,args/* parse */.qg)(argv, { online: { type: 'boolean' }, format: { type: 'string' }, store: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    const format = (0,args/* oneOf */.yL)(values.format, FORMATS, '--format', 'text');
    const ws = (0,workspace/* openWorkspace */.O)({ base: io.cwd, store: values.store });
    const online = values.online === true;
    const { facts, notes } = await fetchAuditFacts(ws.store, { online, env: io.env, dataDir: (0,io_litellm/* resolveDataDir */.HG)(ws.base) });
    const options = { today: today(io.env), storePath: (0,paths.displayPath)(ws.storeDir, io.cwd), ...auditOptionsFromPolicy(ws.policy.policy) };
    const result = audit({ store: ws.store, facts }, options);
    for (const n of notes)
        io.err(`${(0,report_text/* clean */.uH)(n)}\n`);
    if (format === 'json')
        io.out(formatAuditJson(result, !online));
    else if (format === 'markdown')
        io.out(formatAuditMarkdown(result, !online));
    else
        io.out(formatAuditText(result, !online, (0,cli_io/* useColor */.b)(io)));
    return auditExitCode(result);
}
/** Today in UTC; LEGER_TODAY pins it (reproducible reports, tests). */
function today(env) {
    const pinned = env.LEGER_TODAY;
    if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned))
        return pinned;
    return new Date().toISOString().slice(0, 10);
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   gJ: () => (/* binding */ mdTable),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony export oneLine */
/**
 * Text from model files and upstream lists, made inert in GitHub Markdown: no formatting,
 * no HTML, no links, no @mentions (a stranger's model id must not ping anyone), one line.
 */
function mdText(s) {
    return oneLine(s)
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@&#8203;')
        .replace(/(https?):\/\//gi, '$1&#58;//');
}
/** A code span that no content can break out of. */
function mdCode(s) {
    const t = oneLine(s).replace(/`/g, "'");
    return `\`${t || ' '}\``;
}
/** One line, and never the start of an HTML comment (a code span would show it, a marker reader would not know). */
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/<!--/g, '<\u200b!--').trim();
}
function mdTable(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    // A "|" splits a table cell even inside a code span unless escaped.
    const cell = (c) => c.replace(/(?<!\\)\|/g, '\\|');
    return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ajvCompiler: () => (/* binding */ ajvCompiler)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * ajv, for schemas other than the prebuilt ones (a store's own schemas, a change to them):
 * draft 2020-12, strict, allErrors, the same options as scripts/gen-validators.mjs. Loaded
 * only when such schemas are in play, so the usual check never pays for ajv's start-up.
 */



const ajvCompiler = (docs, { checkSchemas }) => {
    // verbose: errors carry parentSchema, whose description and examples become hints.
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, validateSchema: checkSchemas });
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
    for (const [name, doc] of Object.entries(docs)) {
        try {
            ajv.addSchema(doc, name);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CurateError */ .nK(`schema ${name} is invalid: ${err.message}`, { cause: err });
        }
    }
    return (name) => ajv.getSchema(name);
};


/***/ }),

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ createHfClient),
/* harmony export */   pp: () => (/* binding */ DEFAULT_HF_ENDPOINT),
/* harmony export */   vQ: () => (/* binding */ addRevisionStatus)
/* harmony export */ });
/* harmony import */ var _core_hf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2701);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(742);
/** The HuggingFace Hub client: GET {HF_ENDPOINT}/api/models/{repo}, HF_TOKEN when set. */


const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function createHfClient(env = process.env, options = {}) {
    const endpoint = (options.endpoint ?? (env.HF_ENDPOINT || DEFAULT_HF_ENDPOINT)).replace(/\/+$/, '');
    const token = options.token ?? (env.HF_TOKEN || undefined);
    const headers = { 'user-agent': 'leger-curate', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
    const http = { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpOptionsFromEnv */ .yM)(env), ...options, headers };
    const run = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .limiter */ .TA)(options.concurrency ?? 4);
    const cache = new Map();
    async function fetchInfo(repo) {
        if (!REPO.test(repo) || repo.includes('..'))
            return { status: 'not-found', message: `"${repo}" is not a HuggingFace repository id` };
        const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}?blobs=true`;
        try {
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
            const says = hubMessage(res.headers, res.json);
            // A rejected token is the caller's problem, not a missing repo: the check did not run.
            if (res.status === 401 && token && /invalid credentials/i.test(says))
                return { status: 'unreachable', message: `${endpoint} rejected HF_TOKEN (HTTP 401: ${says})` };
            // The Hub answers 401 for missing (and private) repos when unauthenticated (huggingface_hub treats it as not found).
            if (res.status === 404 || res.status === 401)
                return { status: 'not-found', message: `${repo} not found on ${endpoint} (HTTP ${res.status}${says ? `: ${says}` : ''})` };
            if (res.status !== 200)
                return { status: 'unreachable', message: `${repo}: HTTP ${res.status} from ${endpoint}` };
            const info = (0,_core_hf_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeHfInfo */ .uS)(res.json);
            if (!info.ok)
                return { status: 'unreachable', message: `${repo}: ${endpoint} answered with something that is not a model description (${info.problem})` };
            return { status: 'ok', info: info.info };
        }
        catch (err) {
            return { status: 'unreachable', message: err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .UpstreamError */ .gA ? err.message : String(err) };
        }
    }
    return {
        modelInfo(repo) {
            let p = cache.get(repo);
            if (!p)
                cache.set(repo, (p = fetchInfo(repo)));
            return p;
        },
        async revisionStatus(repo, revision) {
            if (!REPO.test(repo) || !/^[0-9a-f]{40}$/.test(revision))
                return 'not-found';
            const url = `${endpoint}/api/models/${repo.split('/').map(encodeURIComponent).join('/')}/revision/${revision}`;
            try {
                const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
                if (res.status === 200 && res.json && typeof res.json === 'object' && typeof res.json.id === 'string')
                    return 'ok';
                // The Hub answers 404 for a revision it does not know ("Invalid rev id"), 401 for a repo it does not show.
                return res.status === 404 || res.status === 401 ? 'not-found' : 'unreachable';
            }
            catch {
                return 'unreachable';
            }
        },
        async listModels(query) {
            const qs = new URLSearchParams();
            for (const [k, v] of Object.entries(query))
                qs.set(k, String(v));
            const url = `${endpoint}/api/models?${qs}`;
            const res = await run(() => (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(url, http));
            if (res.status !== 200 || !Array.isArray(res.json))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .UpstreamError */ .gA(url, `HTTP ${res.status}, expected a JSON array of models`);
            // A listing's malformed entries are dropped: the rest still name candidates.
            return res.json.map(_core_hf_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeHfInfo */ .uS).flatMap((m) => (m.ok ? [m.info] : []));
        },
    };
}
/** The Hub's own words for an error: X-Error-Message, else the JSON body's "error" (one line, bounded). */
function hubMessage(headers, json) {
    const body = json && typeof json === 'object' && !Array.isArray(json) ? json.error : undefined;
    const raw = headers.get('x-error-message') ?? (typeof body === 'string' ? body : '');
    return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}
/**
 * Asks the Hub about each pinned revision of the repositories it described, and records the
 * answers on their results (repositories that did not answer are not asked).
 */
async function addRevisionStatus(client, wanted, results) {
    if (!client.revisionStatus)
        return;
    await Promise.all([...wanted].map(async ([repo, revs]) => {
        const r = results.get(repo);
        if (r?.status !== 'ok')
            return;
        const revisions = {};
        for (const rev of revs)
            revisions[rev] = await client.revisionStatus(repo, rev);
        results.set(repo, { ...r, revisions });
    }));
}


/***/ }),

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   displayPath: () => (/* binding */ displayPath),
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/** Where the toolkit's own files (schemas, templates, data) are, bundled or not. */



let root;
/**
 * The leger-curate package folder: found by walking up from this module, so it is right
 * from src/ (tests), from dist/cli and dist/action (bundles), and from an Action checkout.
 * (Computed at run time on purpose: ncc would copy a statically visible asset path into dist.)
 */
function packageRoot() {
    if (root)
        return root;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkg, 'utf8')).name === 'leger-curate')
                    return (root = dir);
            }
            catch {
                // not ours (dist/*/package.json is only {"type":"module"}): keep walking
            }
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (up === dir)
            throw new Error('cannot find the leger-curate package folder');
        dir = up;
    }
}
/** A path as findings show it: relative to `base`, with forward slashes. */
function displayPath(file, base) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, file);
    return (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ withPolicySchema),
/* harmony export */   BK: () => (/* binding */ readPolicyFile)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, policyPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6585);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(665);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7336);
/** Finding and reading the curation policy file: --policy FILE, else curation.config.json at the root or beside the store folder. */






/** No policy needs a megabyte; a larger file is refused unread. */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Where the policy is: `asked` (relative to base), else curation.config.json in base, else
 * beside the store folder (the store's repository root, when --store points into another
 * checkout); undefined: none (the built-in policy applies).
 */
function policyPath(base, asked, storeDir) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, asked ?? _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || asked)
        return full;
    const beside = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, storeDir)), _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : undefined;
}
/** The policy file's text, or undefined for the built-in policy. */
function readPolicyFile(base, asked, storeDir) {
    const full = policyPath(base, asked, storeDir);
    if (!full)
        return undefined;
    const shown = asked ?? _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX;
    const text = (0,_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(full, {
        limit: MAX_POLICY_BYTES,
        label: `policy ${shown}`,
        missing: () => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`policy file not found: ${shown}`, { hint: `Pass --policy FILE, or put ${_core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_FILE */ .CX} at the repository root (it is optional: the built-in policy applies without it).` }),
        linkHint: 'The policy is a plain JSON file; replace a link with the file itself.',
        limitHint: 'A curation policy is a few dozen lines of JSON.',
    });
    return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__.displayPath)(full, base), text };
}
let toolkitPolicySchema;
/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
function withPolicySchema(docs) {
    if (Object.hasOwn(docs, _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD))
        return docs;
    toolkitPolicySchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__.packageRoot)(), 'schemas', _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD), 'utf8'));
    return { ...docs, [_core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD]: toolkitPolicySchema };
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkingTree: () => (/* binding */ readWorkingTree)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9995);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
/** The working tree as a snapshot: the store folder, the schemas, the policy and the data folder on disk. */





function readWorkingTree(options) {
    const storeDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSchemasDir */ .as)(options.schemas, options.base);
    const { files, refused } = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadStoreDir */ .DD)(storeDir, options.base);
    const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicyFile */ .BK)(options.base, options.policy, storeDir);
    const layout = {
        store: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.displayPath)(storeDir, options.base),
        schemas: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.displayPath)(schemasDir, options.base),
        policy: policy?.path ?? 'curation.config.json',
    };
    return {
        source: 'the working tree',
        layout,
        files,
        refused,
        schemaDocs: (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .withPolicySchema */ .AR)((0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSchemaDocs */ .Td)(schemasDir)),
        policy,
        dataDir: (0,_litellm_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveDataDir */ .HG)(options.base, storeDir),
    };
}


/***/ }),

/***/ 2955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatherUpstream: () => (/* binding */ gatherUpstream),
/* harmony export */   repoOfData: () => (/* binding */ repoOfData)
/* harmony export */ });
/* harmony import */ var _core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9285);
/* harmony import */ var _core_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _core_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59);
/* harmony import */ var _huggingface_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1658);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9995);





async function gatherUpstream(store, options) {
    const inScope = store.entries.filter((e) => !options.scope || options.scope.has(e.file.path));
    const repos = new Set();
    for (const e of inScope) {
        if (e.kind !== 'local')
            continue;
        const v = (0,_core_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(e.data.model_uri);
        const p = v ? (0,_core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelUri */ .Aj)(v) : undefined;
        if (p?.ok)
            repos.add(p.uri.repoId);
    }
    const client = repos.size ? (options.hfClient ?? (0,_huggingface_js__WEBPACK_IMPORTED_MODULE_3__/* .createHfClient */ .c7)(options.env)) : undefined;
    const hfPending = [...repos].map(async (repo) => [repo, await client.modelInfo(repo)]);
    let litellm;
    let litellmProblem;
    if (inScope.some((e) => e.kind === 'cloud')) {
        try {
            litellm = await (0,_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchLiteLLMList */ ._3)(options.env);
        }
        catch (err) {
            litellmProblem = err.message;
        }
    }
    litellm ??= (0,_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .loadLiteLLMSnapshot */ .Ez)(options.dataDir);
    // modelInfo never rejects: failures come back as 'unreachable' results.
    const hf = new Map(await Promise.all(hfPending));
    if (client)
        await (0,_huggingface_js__WEBPACK_IMPORTED_MODULE_3__/* .addRevisionStatus */ .vQ)(client, (0,_core_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionsToCheck */ .qu)(inScope, repoOfData), hf);
    return { litellm, litellmProblem, hf };
}
/** The repository a local model's model_uri names. */
function repoOfData(data) {
    const v = (0,_core_store_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(data.model_uri);
    const p = v ? (0,_core_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelUri */ .Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId : undefined;
}


/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_schema_compiler_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9032);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7811);
/* harmony import */ var _read_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6783);
/**
 * The working tree opened for doors that read the store without judging it first (the audit,
 * add's prefills, deprecate's edit): the same reader and the same assembler as validate.
 */




function openWorkspace(options) {
    const snapshot = (0,_read_tree_js__WEBPACK_IMPORTED_MODULE_3__.readWorkingTree)(options);
    // Synchronous for the library's openStore: ajv is at hand, used only for a store's own schemas.
    const opened = (0,_assemble_js__WEBPACK_IMPORTED_MODULE_2__/* .open */ .ho)(snapshot, _core_schema_compiler_js__WEBPACK_IMPORTED_MODULE_1__.ajvCompiler);
    return {
        base: options.base,
        storeDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store'),
        snapshot,
        store: opened.store,
        schemas: opened.schemas,
        policy: { policy: opened.policy, findings: opened.policyFindings },
    };
}


/***/ })

};
