export const id = 161;
export const ids = [161,336,938];
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

/***/ 2658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/core/deprecate.ts
/**
 * Marking a model deprecated by editing its text in place (jsonc-parser edits), so the
 * file keeps its formatting and only the changed fields differ: a reviewer sees five lines.
 */

/** Indentation and line ends as the file already has them. */
function formattingOf(text) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const indented = /\n([ \t]+)\S/.exec(text)?.[1];
    if (indented?.startsWith('\t'))
        return { insertSpaces: false, tabSize: 1, eol };
    return { insertSpaces: true, tabSize: indented ? indented.length : 2, eol };
}
/**
 * The text with deprecated, replacement, deprecation_reason, sunset_date and enabled set.
 * New keys go where schema order puts them (after the last existing key that precedes them);
 * existing keys change in place. A reason or sunset date not given leaves the field as it is.
 */
function deprecateText(text, d, keyOrder) {
    const formattingOptions = formattingOf(text);
    const changes = [
        ['enabled', false],
        ['deprecated', true],
        ['replacement', d.replacement],
    ];
    if (d.reason !== undefined)
        changes.push(['deprecation_reason', d.reason]);
    if (d.sunset !== undefined)
        changes.push(['sunset_date', d.sunset]);
    let out = text;
    for (const [key, value] of changes) {
        const rank = keyOrder.indexOf(key);
        const edits = (0,main.modify)(out, [key], value, {
            formattingOptions,
            getInsertionIndex: (props) => {
                // After the last property that schema order puts before this one; unknown keys count as before.
                let at = 0;
                props.forEach((p, i) => {
                    const r = keyOrder.indexOf(p);
                    if (r === -1 || r < rank)
                        at = i + 1;
                });
                return at;
            },
        });
        out = (0,main.applyEdits)(out, edits);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/draft.ts
var draft = __webpack_require__(7140);
// EXTERNAL MODULE: ./src/core/store.ts
var store = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/assemble.ts + 1 modules
var assemble = __webpack_require__(7811);
// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/deprecate.ts
/** leger-curate deprecate ID --replacement ID [--reason TEXT] [--sunset YYYY-MM-DD] */













const USAGE = `Usage: leger-curate deprecate ID --replacement ID [options]

Marks a model deprecated in place: sets deprecated, replacement, deprecation_reason,
sunset_date and enabled: false, keeping the file's formatting. The replacement must exist
and not be deprecated itself; the result must pass validate (the store's full policy),
or nothing is written.

Options:
  --replacement ID    the model to use instead (required)
  --reason TEXT       why (deprecation_reason)
  --sunset DATE       when it stops working, YYYY-MM-DD (sunset_date)
  --store DIR         the folder holding cloud/ and local/ (default: model-store)
  --schemas DIR       the folder holding the schemas
  --policy FILE       the curation policy (default: curation.config.json if present, else built in)
  -h, --help          show this help

Exit codes: 0 written, 1 the result would not validate (nothing written), 2 usage error.
`;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, {
        replacement: { type: 'string' },
        reason: { type: 'string' },
        sunset: { type: 'string' },
        store: { type: 'string' },
        schemas: { type: 'string' },
        policy: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* CurateError */.nK(positionals.length ? 'deprecate takes one model id' : 'missing the id of the model to deprecate', { hint: USAGE, exitCode: 2 });
    if (values.replacement === undefined)
        throw new errors/* CurateError */.nK('missing --replacement: the id of the model to use instead', { hint: USAGE, exitCode: 2 });
    if (values.sunset !== undefined && !isDate(values.sunset))
        throw new errors/* CurateError */.nK(`--sunset must be a calendar date, YYYY-MM-DD; got "${values.sunset}"`, { exitCode: 2 });
    const ws = await (0,assemble/* prepare */.iA)((0,read_tree.readWorkingTree)({ base: io.cwd, store: values.store, schemas: values.schemas, policy: values.policy }), { env: io.env });
    const [id] = positionals;
    const entry = ws.store.find(id);
    if (!entry)
        throw notFound(ws.store, id, 'no model has id');
    const target = ws.store.find(values.replacement);
    if (!target)
        throw notFound(ws.store, values.replacement, '--replacement: no model has id');
    if (target === entry)
        throw new errors/* CurateError */.nK(`a model cannot replace itself ("${(0,report_text/* clean */.uH)(id)}")`, { exitCode: 2 });
    if (target.data.deprecated === true) {
        const next = (0,store/* str */.gx)(target.data.replacement);
        throw new errors/* CurateError */.nK(`--replacement "${(0,report_text/* clean */.uH)(values.replacement)}" is itself deprecated`, {
            hint: next ? `Point at the model that replaces it: --replacement ${(0,report_text/* clean */.uH)(next)}` : 'Name a model that is not deprecated.',
            exitCode: 2,
        });
    }
    const kind = entry.kind;
    const text = deprecateText(entry.file.text, { replacement: (0,store/* idOf */.TH)(target) ?? values.replacement, reason: values.reason, sunset: values.sunset }, ws.schemas.keyOrder((0,draft/* schemaNameOf */.kL)(kind)));
    const edited = { ...entry.file, text };
    // Judged as validate will judge the file once written: the full policy, beside the whole store.
    const findings = (0,assemble/* checkDraft */.Qs)(ws, edited, { added: false });
    const summary = (0,engine/* summarize */.eh)(findings, 1);
    const color = (0,cli_io/* useColor */.b)(io);
    if (summary.errors > 0) {
        io.err((0,report_text/* formatText */.vX)(findings, summary, { color }));
        io.err(`Nothing written: ${(0,report_text/* clean */.uH)(edited.path)} would not validate.\n`);
        return 1;
    }
    (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().resolve(io.cwd, edited.path), text);
    io.out(`Deprecated ${(0,report_text/* clean */.uH)((0,store/* idOf */.TH)(entry) ?? id)} in ${(0,report_text/* clean */.uH)(edited.path)}: use ${(0,report_text/* clean */.uH)((0,store/* idOf */.TH)(target) ?? values.replacement)} instead.\n`);
    io.out((0,report_text/* formatText */.vX)(findings, summary, { color }));
    const name = (0,store/* str */.gx)(entry.data.name) ?? (0,store/* idOf */.TH)(entry) ?? id;
    io.out(`Suggested commit:\n  git commit -m '${(0,report_text/* clean */.uH)(`chore: deprecate ${name}`).replace(/'/g, `'\\''`)}' -- ${(0,report_text/* clean */.uH)(edited.path)}\n`);
    return 0;
}
function notFound(store, id, what) {
    const near = (0,core_text/* closestAll */.rE)(id, store.ids());
    return new errors/* CurateError */.nK(`${what} "${(0,report_text/* clean */.uH)(id)}"`, { hint: near.length ? `Did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'Ids are the file names in cloud/ and local/.', exitCode: 2 });
}
function isDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}


/***/ }),

/***/ 7140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Ir: () => (/* binding */ parseBenchmarks),
/* harmony export */   Qs: () => (/* binding */ checkDraft),
/* harmony export */   SR: () => (/* binding */ isPlainId),
/* harmony export */   W6: () => (/* binding */ lastVerifiedOf),
/* harmony export */   cO: () => (/* binding */ withValue),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   hM: () => (/* binding */ normalizePrice),
/* harmony export */   kL: () => (/* binding */ schemaNameOf),
/* harmony export */   km: () => (/* binding */ serializeModel),
/* harmony export */   lx: () => (/* binding */ idProblem),
/* harmony export */   pZ: () => (/* binding */ policyRequires),
/* harmony export */   yK: () => (/* binding */ buildModel),
/* harmony export */   yh: () => (/* binding */ storeUsesTier)
/* harmony export */ });
/* unused harmony exports schemaRefOf, candidateFile */
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8076);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/**
 * A draft model file: the values as typed, the file built and serialised in schema order,
 * and each answer checked with the very rules `validate` runs (through the door's `judge`).
 */


/**
 * The schema's id pattern, checked again here because the id becomes a file name:
 * no "/", no "\\", no "..", nothing that could leave the kind's folder.
 */
const PLAIN_ID = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
function isPlainId(id) {
    return id.length >= 2 && id.length <= 100 && PLAIN_ID.test(id);
}
// ---------------------------------------------------------------------------------------
// Values as typed
/** A price as typed: "1.25" or "$1.25" -> "$1.25" (the store's human form); anything else is kept for the schema to judge. */
function normalizePrice(text) {
    const t = text.trim();
    if (t === '')
        return undefined;
    if (/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(t))
        return (0,_litellm_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPrice */ .$g)(Number(t));
    return t;
}
/**
 * Benchmark scores as typed: "mmlu=83.7, gpqa_diamond=55.9" (or "name: score") -> { mmlu: 83.7,
 * gpqa_diamond: 55.9 }; names are lower-cased (the schema's form). A problem is a message for
 * the curator; the schema still judges the names.
 */
function parseBenchmarks(text) {
    const scores = {};
    const pairs = text.split(',').map((p) => p.trim()).filter(Boolean);
    for (const pair of pairs) {
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+?)%?$/.exec(pair);
        if (!m)
            return { problem: `"${pair}" is not name=score (for example mmlu=83.7, gpqa_diamond=55.9)` };
        const score = Number(m[2]);
        if (!/^-?\d+(\.\d+)?$/.test(m[2]) || !Number.isFinite(score))
            return { problem: `the score of ${m[1]} must be a number; got "${m[2]}"` };
        const name = m[1].toLowerCase();
        if (Object.hasOwn(scores, name))
            return { problem: `${name} is given twice` };
        scores[name] = score;
    }
    return pairs.length ? { scores } : {};
}
/** A comma- or space-separated list as typed: "chat, vision" -> ['chat', 'vision']. */
function parseList(text) {
    return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}
// ---------------------------------------------------------------------------------------
// Building and writing
const schemaNameOf = (kind) => `${kind}.schema.json`;
/** `$schema` as model files carry it: relative to <store>/<kind>/, for editor autocompletion. */
const schemaRefOf = (kind) => `../../schemas/${kind}.schema.json`;
const PRICING_ORDER = ['input_per_1m', 'output_per_1m', 'cache_read_per_1m', 'tier'];
/**
 * The model object in schema order with `$schema` first; empty values (undefined, '',
 * empty lists, empty objects) are left out rather than written.
 */
function buildModel(kind, fields, keyOrder) {
    const out = Object.create(null);
    const order = ['$schema', ...keyOrder.filter((k) => k !== '$schema')];
    const all = { ...fields, $schema: schemaRefOf(kind) };
    const keys = [...order.filter((k) => Object.hasOwn(all, k)), ...Object.keys(all).filter((k) => !order.includes(k))];
    for (const k of keys) {
        let v = all[k];
        if (k === 'pricing' && v && typeof v === 'object' && !Array.isArray(v))
            v = ordered(v, PRICING_ORDER);
        if (!isEmpty(v))
            out[k] = v;
    }
    return out;
}
function ordered(obj, order) {
    const out = {};
    for (const k of [...order, ...Object.keys(obj).filter((k) => !order.includes(k))])
        if (Object.hasOwn(obj, k) && !isEmpty(obj[k]))
            out[k] = obj[k];
    return out;
}
function isEmpty(v) {
    if (v === undefined || v === null || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
/** 2-space indent and a trailing newline, like every file in the store. */
function serializeModel(data) {
    return JSON.stringify(data, null, 2) + '\n';
}
/** A copy of the draft with `value` at `path` (undefined removes it; an emptied object goes too). */
function withValue(draft, path, value) {
    const [head, ...rest] = path;
    const next = { ...draft };
    if (!rest.length) {
        if (value === undefined)
            delete next[head];
        else
            next[head] = value;
        return next;
    }
    const inner = draft[head] && typeof draft[head] === 'object' ? draft[head] : {};
    const child = withValue(inner, rest, value);
    if (Object.keys(child).length)
        next[head] = child;
    else
        delete next[head];
    return next;
}
/** Whether the policy refuses the draft for `rule` (an error): a field is asked for as required then. */
function policyRequires(ctx, draft, rule) {
    return checkDraft(ctx, draft).some((f) => f.rule === rule && f.severity === 'error');
}
/** Whether the store's cloud models record pricing.tier: then a new one is asked for it too. */
function storeUsesTier(store) {
    return store.entries.some((e) => e.kind === 'cloud' && typeof e.data.pricing?.tier === 'string');
}
/**
 * last_verified for a new file: today when some of its facts were prefilled from a source
 * the file names (LiteLLM's list, the HF repo), else undefined: a date claims a check.
 */
function lastVerifiedOf(prefilledFrom, sources, today) {
    return Array.isArray(sources) && prefilledFrom.some((s) => sources.includes(s)) ? today : undefined;
}
function candidateFile(ctx, draft) {
    const id = typeof draft.id === 'string' && isPlainId(draft.id) ? draft.id : 'new-model';
    const data = buildModel(ctx.kind, draft, ctx.schemas.keyOrder(schemaNameOf(ctx.kind)));
    return { kind: ctx.kind, path: `${ctx.storePath ? `${ctx.storePath}/` : ''}${ctx.kind}/${id}.json`, text: serializeModel(data) };
}
/** Every finding validate would give the draft, written as a new file beside the existing ones. */
function checkDraft(ctx, draft) {
    return ctx.judge(candidateFile(ctx, draft));
}
/** Why an id cannot be used (not plain, or taken by a file or an alias), or undefined. */
function idProblem(store, id) {
    if (!isPlainId(id))
        return `"${id}" is not a plain id: use lowercase letters, digits, "." and "-", starting and ending with a letter or digit, no ".." (for example "gpt-5-nano")`;
    const taken = store.find(id);
    if (taken) {
        const asId = typeof taken.data.id === 'string' && taken.data.id.toLowerCase() === id.toLowerCase();
        return `id "${id}" is taken: ${asId ? '' : 'an alias in '}${taken.file.path}`;
    }
    return undefined;
}
/**
 * Checks the answer at `path` (already set in `draft`): the error findings the rules place
 * on that field (or on `linked` fields derived from it), as one message; true when none.
 * `keep` narrows the findings that count (add --yes refuses a flag only for the file's form).
 */
async function checkAnswer(ctx, draft, path, linked = [], keep = () => true) {
    if (path[0] === 'id' && typeof draft.id === 'string') {
        const problem = idProblem(ctx.store, draft.id);
        if (problem)
            return problem;
    }
    const file = candidateFile(ctx, draft);
    const findings = checkDraft(ctx, draft).filter((f) => f.severity === 'error' && keep(f));
    const loc = new _locate_js__WEBPACK_IMPORTED_MODULE_1__/* .Locator */ .hO(file.text);
    const ranges = [path, ...linked].map((p) => lineRange(loc, p)).filter((r) => r !== undefined);
    const hit = findings.find((f) => f.line !== undefined && ranges.some(([a, b]) => f.line >= a && f.line <= b));
    if (!hit)
        return true;
    return hit.hint ? `${hit.message}. ${hit.hint}` : hit.message;
}
function lineRange(loc, path) {
    const node = loc.node(path);
    if (!node)
        return undefined;
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return [loc.position(start).line, loc.position(node.offset + node.length).line];
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


/***/ })

};
