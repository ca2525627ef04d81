export const id = 729;
export const ids = [729,336,893,665,938];
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

/***/ 3967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/core/layout.ts
var layout = __webpack_require__(6585);
// EXTERNAL MODULE: ./src/core/policy.ts + 1 modules
var policy = __webpack_require__(3264);
;// CONCATENATED MODULE: ./src/core/action-pins.ts
const PINS = {
    checkout: { action: 'actions/checkout', sha: 'd23441a48e516b6c34aea4fa41551a30e30af803', version: 'v6.1.0' },
    setupNode: { action: 'actions/setup-node', sha: '249970729cb0ef3589644e2896645e5dc5ba9c38', version: 'v6.5.0' },
    uploadArtifact: { action: 'actions/upload-artifact', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
};
/** `actions/checkout@<sha> # v6.1.0`: what follows `uses:`. */
function usesLine(pin) {
    return `${pin.action}@${pin.sha} # ${pin.version}`;
}

;// CONCATENATED MODULE: ./src/core/init-plan.ts
/**
 * What `leger-curate init` writes into a new store repository, as text: the folders, the policy,
 * the curator's guide, the husky hooks and the workflows. Pure: the caller says what exists and
 * passes in the guide's text and the build the package records; nothing existing is replaced.
 */




const STORE = 'model-store';
const WORKFLOWS = '.github/workflows';
const SCHEMAS = 'node_modules/leger-curate/schemas';
/** The paths git and the hooks watch: a commit that stages none of them never starts node. */
const WATCHED = `${STORE}/cloud ${STORE}/local schemas curation.config.json`;
function initPlan(inputs) {
    const files = [
        // git keeps no empty folder: the placeholders hold them until the first model lands.
        { path: `${STORE}/cloud/.gitkeep`, content: '', what: 'cloud API models, one <id>.json each' },
        { path: `${STORE}/local/.gitkeep`, content: '', what: 'local GGUF models, one <id>.json each' },
        { path: `${STORE}/README.md`, content: inputs.guide, what: "the curator's guide" },
        { path: layout/* POLICY_FILE */.CX, content: policyText(), what: 'the curation policy (the built-in values, to edit)' },
        { path: '.husky/pre-commit', content: PRE_COMMIT, what: 'hook: validate what each commit records' },
        { path: '.husky/commit-msg', content: COMMIT_MSG, what: "hook: the store's commit message convention" },
        { path: '.gitignore', content: 'node_modules/\nout/\n', what: 'ignore installed packages and render output' },
    ];
    if (inputs.build) {
        const action = actionPin(inputs.build);
        files.push({ path: `${WORKFLOWS}/leger-curate-check.yml`, content: checkWorkflow(action), what: 'pull request check (the released Action, pinned)' }, { path: `${WORKFLOWS}/leger-curate-audit.yml`, content: auditWorkflow(action), what: 'monthly audit against upstream, as issues' }, { path: `${WORKFLOWS}/leger-curate-release.yml`, content: releaseWorkflow(action), what: 'release bundle, by hand from the default branch' });
    }
    return files;
}
/** The released Action as a pin: the commit the package was built from, its tag in the comment. */
function actionPin(build) {
    if (!/^[0-9a-f]{40}$/.test(build.commit))
        throw new Error(`build info commit "${build.commit}" is not a full SHA`);
    return { action: build.action, sha: build.commit, version: build.tag };
}
/** The built-in policy written out, pointing at the installed package's schema for editors. */
function policyText() {
    const { providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions } = policy/* DEFAULT_POLICY */.zj;
    const doc = { $schema: `./${SCHEMAS}/policy.schema.json`, providers, licenses, thresholds, preview_patterns, allow, deny, severity, exceptions };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** package.json for a repository that has none: the toolkit as a dev dependency, husky's prepare. */
function packageJsonText(name, build) {
    const doc = {
        name,
        private: true,
        scripts: { prepare: 'husky', validate: 'leger-curate validate' },
        devDependencies: { 'leger-curate': build ? `^${build.version}` : '*' },
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** A package name from a folder name: lower case, npm's allowed characters. */
function packageName(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|[-]+$/g, '');
    return name || 'model-store';
}
// husky runs these with `sh -e`, node_modules/.bin on PATH: `leger-curate` is the installed package.
const PRE_COMMIT = `# leger-curate: checks what this commit records (the git index) against the store's schemas and rules.
# \`git commit -n\` skips it; HUSKY=0 turns it off. A commit that stages nothing of the store ends here.
git diff --cached --quiet -- ${WATCHED} && exit 0
leger-curate validate --staged
`;
const COMMIT_MSG = `# leger-curate: commits that change model files follow the store's convention (feat: add <Name> model, ...).
git diff --cached --quiet -- ${STORE}/cloud ${STORE}/local && exit 0
leger-curate commit-msg "$1"
`;
const checkout = (extra = []) => [`      - uses: ${usesLine(PINS.checkout)}`, '        with:', ...extra, '          persist-credentials: false'].join('\n');
function checkWorkflow(action) {
    return `# Checks the model files a pull request changes, with leger-curate's released Action.
# The Action is pinned by full commit SHA (its version in the comment), so the checker is the
# release, never code from the pull request. Plain pull_request: a fork's PR gets a read-only
# token and no secrets; the PR comment is then skipped, annotations and the summary remain.
name: leger-curate check

on:
  pull_request:
    paths:
      - ${STORE}/**
      - schemas/**
      - curation.config.json
      - data/**

permissions:
  contents: read
  pull-requests: write

concurrency:
  group: leger-curate-check-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
${checkout(['          # The whole history: the check diffs the PR base and head with git.', '          fetch-depth: 0'])}
      - id: check
        uses: ${usesLine(action)}
        with:
          mode: check
`;
}
function auditWorkflow(action) {
    return `# The monthly audit: the store against LiteLLM's price list and the HuggingFace Hub, as one
# issue per finding (opened, updated, closed as upstream changes).
name: leger-curate audit

on:
  schedule:
    - cron: '17 6 1 * *' # 06:17 UTC on the first of every month
  workflow_dispatch:
    inputs:
      dry-run:
        description: Plan the issue changes in the job summary without writing
        type: boolean
        default: false

permissions:
  contents: read
  issues: write

concurrency:
  group: leger-curate-audit
  cancel-in-progress: false

jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
${checkout()}
      - uses: ${usesLine(action)}
        with:
          mode: audit
          online: 'true'
          dry-run: \${{ inputs.dry-run && 'true' || 'false' }}
`;
}
function releaseWorkflow(action) {
    return `# Publishes the store's release bundle (index.json, rendered sample blueprints, SHA256SUMS).
# By hand only (Actions > leger-curate release > Run workflow), and only from the default branch.
name: leger-curate release

on:
  workflow_dispatch:

permissions:
  contents: write

concurrency:
  group: leger-curate-release
  cancel-in-progress: false

jobs:
  release:
    if: github.ref_name == github.event.repository.default_branch
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
${checkout()}
      - id: release
        uses: ${usesLine(action)}
        with:
          mode: release
      - name: Summary
        env:
          RELEASE_URL: \${{ steps.release.outputs.release-url }}
        run: echo "Published $RELEASE_URL" >> "$GITHUB_STEP_SUMMARY"
`;
}
/**
 * An existing package.json gets only what is missing: husky's prepare script (so `npm install`
 * installs the hooks). A prepare script of the user's own is left alone, with what to add to it;
 * the edit keeps the file's formatting (jsonc-parser edits, not a re-serialisation).
 */
function addPrepareScript(text) {
    const errors = [];
    const doc = (0,main.parse)(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length || !doc || typeof doc !== 'object' || Array.isArray(doc))
        return { added: [], todo: ['package.json is not a JSON object: left alone; add "scripts": { "prepare": "husky" } to it by hand'] };
    const todo = [];
    const deps = { ...doc.dependencies, ...doc.devDependencies };
    if (!('leger-curate' in deps))
        todo.push('npm install --save-dev leger-curate (package.json does not list it)');
    const scripts = doc.scripts;
    const prepare = scripts && typeof scripts === 'object' ? scripts.prepare : undefined;
    if (typeof prepare === 'string') {
        if (!/\bhusky\b/.test(prepare))
            todo.push(`package.json has its own prepare script ("${prepare}"): left alone; add "husky" to it (e.g. "${prepare} && husky") so npm install installs the hooks`);
        return { added: [], todo };
    }
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const edits = (0,main.modify)(text, ['scripts', 'prepare'], 'husky', { formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length } });
    return { text: (0,main.applyEdits)(text, edits), added: ['scripts.prepare = "husky" (npm install installs the hooks)'], todo };
}

// EXTERNAL MODULE: ./src/io/build-info.ts
var build_info = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __webpack_require__(665);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/**
 * leger-curate init [DIR] [--dry-run]: scaffolds a store repository. Writes only what is missing
 * and says what it left alone; never replaces a file.
 */










const USAGE = `Usage: leger-curate init [DIR] [options]

Makes DIR (default: the current folder) a model store repository: model-store/cloud/ and
model-store/local/, curation.config.json, the curator's guide, husky hooks that run the
installed leger-curate, and workflows (pull request check, monthly audit, release) that use
the released Action pinned by full commit SHA. Only what is missing is written; existing files
are left alone and listed. Run it again after an upgrade to add what is new.

Options:
  --dry-run           list what would be written, write nothing
  -h, --help          show this help

Exit codes: 0 done (or nothing to do), 2 usage or I/O failure.
`;
async function run(argv, io) {
    const { values, positionals } = (0,args/* parse */.qg)(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
        io.out(USAGE);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* CurateError */.nK('init takes at most one DIR', { hint: USAGE, exitCode: 2 });
    const dir = external_node_path_default().resolve(io.cwd, positionals[0] ?? '.');
    if ((0,external_node_fs_.existsSync)(dir) && !(0,external_node_fs_.lstatSync)(dir).isDirectory())
        throw new errors/* CurateError */.nK(`${positionals[0]} exists and is not a folder`, { exitCode: 2 });
    const dry = values['dry-run'] === true;
    const build = (0,build_info.readBuildInfo)();
    const plan = initPlan({ guide: (0,external_node_fs_.readFileSync)(external_node_path_default().join((0,paths.packageRoot)(), STORE, 'README.md'), 'utf8'), build });
    const created = [];
    const leftAlone = [];
    const todo = [];
    if (!dry)
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const file of plan) {
        const target = external_node_path_default().join(dir, file.path);
        if (exists(target)) {
            leftAlone.push(file.path);
            if (file.path.startsWith('.husky/'))
                todo.push(`${file.path} is your own: add the line "${file.content.trim().split('\n').at(-1)}" to it`);
            if (file.path === '.gitignore' && !/^\/?node_modules\/?$/m.test((0,external_node_fs_.readFileSync)(target, 'utf8')))
                todo.push('.gitignore is your own: add node_modules/ to it');
            continue;
        }
        if (!dry) {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            // wx: a file that appeared since the check above is still not replaced.
            (0,external_node_fs_.writeFileSync)(target, file.content, { flag: 'wx' });
        }
        created.push(`${file.path.padEnd(44)} ${file.what}`);
    }
    const pkgFile = external_node_path_default().join(dir, 'package.json');
    const added = [];
    if (!exists(pkgFile)) {
        if (!dry)
            (0,external_node_fs_.writeFileSync)(pkgFile, packageJsonText(packageName(external_node_path_default().basename(dir)), build), { flag: 'wx' });
        created.push(`${'package.json'.padEnd(44)} leger-curate as a dev dependency; prepare installs the hooks`);
        todo.push('npm install (installs leger-curate and, through prepare, the hooks)');
    }
    else {
        const edit = addPrepareScript((0,external_node_fs_.readFileSync)(pkgFile, 'utf8'));
        if (edit.text !== undefined && !dry)
            (0,fs/* writeFileAtomic */.Zf)(pkgFile, edit.text);
        added.push(...edit.added.map((a) => `package.json: ${a}`));
        if (!edit.added.length)
            leftAlone.push('package.json');
        todo.push(...edit.todo);
    }
    const hooks = dry ? undefined : installHooks(dir, io);
    if (hooks === 'not-a-repo')
        todo.push('git init, then npx husky (or npm install) to install the hooks');
    if (hooks === 'no-husky')
        todo.push('npm install (its prepare step installs the hooks)');
    const lines = [dry ? `leger-curate init (dry run): would write in ${dir}` : `leger-curate init: ${dir}`];
    if (created.length)
        lines.push(dry ? 'would create:' : 'created:', ...created.map((c) => `  ${c}`));
    if (added.length)
        lines.push(dry ? 'would add:' : 'added:', ...added.map((a) => `  ${a}`));
    if (leftAlone.length)
        lines.push('left alone (already there):', ...leftAlone.map((f) => `  ${f}`));
    if (hooks === 'installed')
        lines.push('hooks: installed (husky; core.hooksPath = .husky/_)');
    if (!build)
        lines.push('warning: this leger-curate records no build (dist/build-info.json): the workflows were not written, since the Action cannot be pinned by commit. Install a released leger-curate and run init again.');
    else {
        lines.push(`workflows pin ${build.action}@${build.commit} # ${build.tag}`);
        if (build.dirty)
            lines.push(`warning: this package was packed with changes to the Action beside commit ${build.commit}: check the pin before relying on it`);
    }
    if (!created.length && !added.length)
        lines.push('nothing to do: every file init writes is already there');
    if (todo.length)
        lines.push('next:', ...todo.map((t) => `  ${t}`));
    lines.push('then: npx leger-curate add, and npx leger-curate validate');
    io.out(lines.map(report_text/* clean */.uH).join('\n') + '\n');
    return 0;
}
/** Whether anything is at the path (a dangling link counts: it is the user's, not ours to replace). */
function exists(p) {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** husky's installer run in DIR when DIR is the top of a git work tree and husky is installed there. */
function installHooks(dir, io) {
    const top = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', env: io.env });
    if (top.status !== 0 || external_node_path_default().resolve(top.stdout.trim()) !== external_node_path_default().resolve(dir))
        return 'not-a-repo';
    const husky = external_node_path_default().join(dir, 'node_modules/husky/bin.js');
    if (!(0,external_node_fs_.existsSync)(husky))
        return 'no-husky';
    const r = (0,external_node_child_process_.spawnSync)(process.execPath, [husky], { cwd: dir, encoding: 'utf8', env: io.env });
    if (r.status !== 0) {
        io.err(`leger-curate init: husky could not install the hooks: ${(0,report_text/* clean */.uH)((r.stderr || r.stdout).trim())}\n`);
        return 'failed';
    }
    return 'installed';
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ scanShape),
/* harmony export */   U2: () => (/* binding */ tooDeepAt),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   m2: () => (/* binding */ closingQuote),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/** How deeply JSON may nest before any recursive walk runs over it. */
/**
 * How deeply arrays and objects may nest. A model file nests four levels; the walks over
 * parsed data (the duplicate-key scan, the locator, the schema validator) recurse, and a few
 * thousand levels in a 9 KB file exhaust the stack. Checked by a flat scan before anything
 * recursive runs.
 */
const MAX_DEPTH = 64;
/**
 * The offset of the bracket that opens level `limit + 1`, or -1 when the text nests no deeper
 * than `limit`. One pass, no recursion; strings are skipped (brackets inside them do not count).
 */
function tooDeepAt(text, limit = MAX_DEPTH) {
    return scanShape(text, limit).tooDeepAt;
}
/**
 * One flat pass over a JSON text: where it first nests deeper than `limit` (-1: never), and
 * how many object members it writes (strings followed by a colon: in valid JSON, exactly the
 * keys, repeated ones included). Comparing that count with the keys JSON.parse kept tells
 * whether any key was repeated without a second scan.
 */
function scanShape(text, limit = MAX_DEPTH) {
    let depth = 0;
    let members = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            // a string: skip to its closing quote; a colon after it makes it a key
            i = closingQuote(text, i);
            if (i < 0)
                break; // unterminated: JSON.parse says so
            let j = i + 1;
            while (j < n && isSpace(text.charCodeAt(j)))
                j++;
            if (j < n && text.charCodeAt(j) === 0x3a) {
                members++;
                i = j;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > limit)
                return { tooDeepAt: i, members };
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return { tooDeepAt: -1, members };
}
/**
 * The quote that closes the string opening at `open`, or -1: found with indexOf (most of a
 * model file is strings, and a character loop over them was most of both scans), skipping a
 * quote preceded by an odd run of backslashes (escaped).
 */
function closingQuote(text, open) {
    for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
        let slashes = 0;
        while (text.charCodeAt(q - 1 - slashes) === 0x5c)
            slashes++;
        if (slashes % 2 === 0)
            return q;
    }
    return -1;
}
/** JSON's whitespace. */
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ Locator),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   qe: () => (/* binding */ locatorFor)
/* harmony export */ });
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8414);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Turns a place in a JSON document (a JSON pointer, or a character offset) into a 1-based
 * line and column. The parse tree is built lazily, only for files that have a finding:
 * parsing every file into a tree would cost more than validating the whole store.
 */


/** `/pricing/input_per_1m` -> ['pricing', 'input_per_1m']; array indices become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
class Locator {
    text;
    lineStarts;
    tree;
    topLevel;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        const starts = (this.lineStarts ??= lineStartsOf(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    root() {
        // Too deep a text would exhaust the stack in the tree builder: positions fall back to line 1.
        if (this.tree === undefined)
            this.tree = (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .tooDeepAt */ .U2)(this.text) >= 0 ? null : ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text, [], { disallowComments: true }) ?? null);
        return this.tree ?? undefined;
    }
    /** The node at a path, or undefined when the path does not exist. */
    node(path) {
        const root = this.root();
        return root && (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path);
    }
    /**
     * Where a path is: its property key when `at` is 'key' (so an annotation lands on the
     * field's name), else its value. Missing paths fall back to the nearest existing parent.
     */
    at(path, at = 'key') {
        // Most findings sit on a top-level field or the whole file: a token scan finds those
        // without building the tree (2-3x cheaper, which tells when every file has a notice).
        if (this.tree === undefined && path.length <= 1 && (path.length === 0 || typeof path[0] === 'string')) {
            const hit = this.scanTopLevel(path[0], at);
            if (hit)
                return hit;
        }
        const root = this.root();
        if (!root)
            return { line: 1, column: 1 };
        for (let n = path.length; n >= 0; n--) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, n));
            if (!node)
                continue;
            const exact = n === path.length;
            if (at === 'key' && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            if (!exact && node.parent?.type === 'property')
                return this.position(node.parent.offset);
            return this.position(node.offset);
        }
        return { line: 1, column: 1 };
    }
    /**
     * Where the document starts and each top-level property's key and value are, from one token
     * scan (first occurrence wins, as in the tree); undefined when the scan meets anything odd.
     */
    scanTopLevel(key, at) {
        if (this.topLevel === undefined)
            this.topLevel = scanTopLevel(this.text);
        const t = this.topLevel;
        if (!t)
            return undefined;
        if (key === undefined)
            return this.position(t.start);
        const hit = t.keys.get(key);
        return hit ? this.position(at === 'key' ? hit.key : hit.value) : undefined;
    }
    /** The key of `property` inside the object at `path` (used for unknown properties). */
    keyOf(path, property) {
        // A top-level key is where at() puts it (by the scan, without the tree); a missing one, the document.
        if (path.length === 0)
            return this.at([property], 'key');
        const obj = this.node(path);
        const prop = obj?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === property);
        return prop ? this.position(prop.offset) : this.at(path);
    }
}
/**
 * One pass over the text (no tokens made): the document's start and, at depth 1, each string
 * followed by a colon (a key) with where its value starts, strings skipped as depth.ts's scan
 * skips them (closingQuote). null when the text does not open with an object. Positions are
 * read only from texts that parsed as JSON.
 */
function scanTopLevel(text) {
    const n = text.length;
    let i = 0;
    while (i < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(i)))
        i++;
    if (text.charCodeAt(i) !== 0x7b)
        return null;
    const start = i;
    const keys = new Map();
    let depth = 0;
    for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const open = i;
            i = (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(text, open);
            if (i < 0)
                return null;
            if (depth !== 1)
                continue;
            let j = i + 1;
            while (j < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) !== 0x3a)
                continue; // a string value, not a key
            let v = j + 1;
            while (v < n && (0,_depth_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(text.charCodeAt(v)))
                v++;
            if (v >= n)
                return null;
            const raw = text.slice(open + 1, i);
            const name = raw.includes('\\') ? decodeKey(raw) : raw;
            if (name === undefined)
                return null; // not JSON after all: the tree's path decides
            if (!keys.has(name))
                keys.set(name, { key: open, value: v });
            i = j;
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d) {
            if (--depth === 0)
                break;
        }
    }
    return { start, keys };
}
function decodeKey(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}
function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/**
 * The locators of the files most recently placed in, so repeated findings in a file share one
 * scan and one parse tree. Bounded: a store where every file has a finding kept a locator (line
 * table, key table, maybe a tree) for each of 100,000 files to the end of the run.
 */
const locators = new Map();
const RECENT = 256;
function locatorFor(file) {
    let l = locators.get(file);
    if (!l) {
        if (locators.size >= RECENT)
            locators.delete(locators.keys().next().value);
        locators.set(file, (l = new Locator(file.text)));
    }
    return l;
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* reexport safe */ _depth_js__WEBPACK_IMPORTED_MODULE_2__.U2),
/* harmony export */   ex: () => (/* binding */ parseModelText),
/* harmony export */   xP: () => (/* binding */ JSON_SYNTAX)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8414);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2617);
/**
 * Reads a model file's text into data, or says exactly where and why it cannot:
 * the `json-syntax` rule lives here because nothing else can run on a file that fails it.
 */



const JSON_SYNTAX = 'json-syntax';

function parseModelText(path, text) {
    const fail = (message, hint, offset = 0) => {
        const { line, column } = new _locate_js__WEBPACK_IMPORTED_MODULE_1__/* .Locator */ .hO(text).position(offset);
        return { ok: false, finding: { rule: JSON_SYNTAX, severity: 'error', file: path, line, column, message, hint } };
    };
    if (text.charCodeAt(0) === 0xfeff)
        return fail('file starts with a byte-order mark (BOM)', 'Save the file as UTF-8 without a BOM.');
    if (text.trim() === '')
        return fail('file is empty', 'A model file holds one JSON object; start from `leger-curate add`.');
    const shape = (0,_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .scanShape */ .Dx)(text);
    const deep = shape.tooDeepAt;
    if (deep >= 0)
        return fail(`nesting deeper than ${_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr} levels`, `A model file nests a few levels of objects and arrays; this one is not a model file (no file this deep is read further).`, deep);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        if (first) {
            const what = describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error));
            return fail(`invalid JSON: ${what}`, 'Model files are strict JSON: no comments, no trailing commas, double-quoted keys and strings.', first.offset);
        }
        return fail(`invalid JSON: ${err.message}`, 'Model files are strict JSON.');
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
        const offset = text.length - text.trimStart().length;
        return fail(`the top level is ${got}, not an object`, 'A model file holds exactly one JSON object: { "id": ..., ... }.', offset);
    }
    const dup = duplicateKey(text, data, shape.members);
    if (dup)
        return fail(`duplicate key "${dup.key}"`, 'JSON keeps only the last of two equal keys, so a reader of the file sees one value and the tools use another: remove one.', dup.offset);
    return { ok: true, data: data };
}
/**
 * The second occurrence of a key repeated within one object. A cheap screen first: the text
 * writes `members` object members (scanShape); when JSON.parse kept as many keys, no key was
 * repeated. Any difference runs the exact scan.
 */
function duplicateKey(text, data, members) {
    let keys = 0;
    const walk = (v) => {
        if (Array.isArray(v))
            v.forEach(walk);
        else if (v && typeof v === 'object')
            for (const k in v) {
                keys++;
                walk(v[k]);
            }
    };
    walk(data);
    if (members === keys)
        return undefined;
    const stack = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin: () => void stack.push(new Set()),
        onObjectEnd: () => void stack.pop(),
        onObjectProperty: (key, offset) => {
            const keys = stack[stack.length - 1];
            if (!found && keys?.has(key))
                found = { key, offset };
            keys?.add(key);
        },
    });
    return found;
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected (a trailing comma?)',
        ValueExpected: 'value expected (a trailing comma or a missing value?)',
        ColonExpected: 'colon expected',
        CommaExpected: 'comma expected',
        CloseBraceExpected: 'closing brace expected',
        CloseBracketExpected: 'closing bracket expected',
        EndOfFileExpected: 'text after the end of the JSON value',
        InvalidCommentToken: 'comments are not allowed',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in a string (a raw newline or tab?)',
    };
    return words[code] ?? code;
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS)
/* harmony export */ });
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];


/***/ }),

/***/ 5893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_INFO_FILE: () => (/* binding */ BUILD_INFO_FILE),
/* harmony export */   readBuildInfo: () => (/* binding */ readBuildInfo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7336);
/**
 * Which build of leger-curate is running. In a checkout of leger-curate itself (development),
 * its git HEAD: a stamp left by an earlier `npm pack` there would be stale. Installed (inside its
 * user's repository, or anywhere else), dist/build-info.json, written when the package was packed.
 */




const BUILD_INFO_FILE = 'dist/build-info.json';
const SHA = /^[0-9a-f]{40}$/;
function readBuildInfo(root = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)()) {
    return fromCheckout(root) ?? fromStamp(root);
}
function fromStamp(root) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, BUILD_INFO_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined;
    try {
        const info = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
        if (typeof info.version === 'string' && typeof info.commit === 'string' && SHA.test(info.commit) && typeof info.action === 'string' && typeof info.tag === 'string')
            return { name: info.name ?? 'leger-curate', version: info.version, tag: info.tag, commit: info.commit, action: info.action, dirty: info.dirty === true };
    }
    catch {
        // an unreadable stamp is no stamp
    }
    return undefined;
}
/** The same facts from git, when root is the top of its own work tree (a checkout of leger-curate). */
function fromCheckout(root) {
    try {
        const git = (...args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        // An installed copy sits inside its user's repository: that repository's HEAD is not ours.
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(git('rev-parse', '--show-toplevel')) !== node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root))
            return undefined;
        const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'package.json'), 'utf8'));
        const action = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
        const commit = git('rev-parse', 'HEAD^{commit}');
        if (!action || !SHA.test(commit))
            return undefined;
        return { name: pkg.name, version: pkg.version, tag: `v${pkg.version}`, commit, action, dirty: git('status', '--porcelain', '--', 'action.yml', 'dist/action') !== '' };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   nt: () => (/* binding */ deadLeftovers),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* unused harmony exports NOT_UTF8, processAlive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3054);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7336);
/** Reading the store and the schemas from disk; writing files atomically. */






/** Model files larger than this are refused unread: no model needs a megabyte of JSON. */
const MAX_MODEL_BYTES = 1024 * 1024;
/** Reads `<storeDir>/cloud/*.json` and `<storeDir>/local/*.json`; paths shown relative to `base`. */
function loadStoreDir(storeDir, base) {
    if (!isDir(storeDir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`store folder not found: ${storeDir}`, { hint: 'Pass --store DIR, the folder holding cloud/ and local/.' });
    const files = [];
    const refused = [];
    for (const kind of _core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .KINDS */ .G) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, kind);
        if (!isDir(dir))
            continue;
        // Dirents tell links from files without a stat per file; the size is checked on the open
        // descriptor before reading, so a huge file is refused without being read.
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.displayPath)(dir, base);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (!entry.name.endsWith('.json'))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            const shown = `${shownDir}/${entry.name}`;
            if (!entry.isFile()) {
                refused.push(refusal(shown, entry.isSymbolicLink() ? 'link' : 'not-a-file'));
                continue;
            }
            const text = readBounded(full, MAX_MODEL_BYTES);
            if (typeof text !== 'string') {
                refused.push(refusal(shown, text === NOT_UTF8 ? 'not-utf8' : text));
                continue;
            }
            files.push({ kind, path: shown, text });
        }
    }
    return { files, refused };
}
/**
 * The finding for a model file a reader will not read: a link, something that is not a file,
 * a blob missing from the repository, or a file of `why` bytes, over the limit.
 */
function refusal(file, why) {
    const [message, hint] = typeof why === 'number'
        ? [`model file is ${why} bytes, over the ${MAX_MODEL_BYTES}-byte limit`, 'A model file describes one model in a few dozen lines; this one is not a model file.']
        : why === 'not-utf8'
            ? ['model file is not valid UTF-8', 'Save the file as UTF-8 (JSON files are UTF-8); an editor that shows a replacement character (U+FFFD) marks the broken bytes.']
            : why === 'link'
                ? ['model file is a symbolic link', 'Model files are plain files inside the store; replace the link with the file itself.']
                : why === 'missing'
                    ? ['model file cannot be read: its blob is missing from the repository', 'Stage the file again (git add).']
                    : ['model file is not a regular file (a submodule?)', 'Model files are plain files inside the store; replace it with the file itself.'];
    return { rule: 'file-read', severity: 'error', file, line: 1, column: 1, message, hint };
}
/** What readBounded returns for a file whose bytes are not UTF-8. */
const NOT_UTF8 = Symbol('not-utf8');
/** A file's text, its size when that is over `limit` (then it is not read), or NOT_UTF8. */
function readBounded(file, limit) {
    let fd;
    try {
        // O_NOFOLLOW: a file swapped for a link after the folder was listed is still not followed.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asFault */ .Ps)(err) ?? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
    }
    try {
        // One read into a buffer one byte larger than the limit, no fstat: a file that fills it is
        // over the limit (only then is it stat'ed, for the message). A short read is not the end of
        // the file, so read on until a read returns nothing.
        const buf = scratch(limit + 1);
        let n = 0;
        for (let got; n < buf.length && (got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        if (n > limit)
            return Math.max((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size, n);
        return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(buf.subarray(0, n)) ?? NOT_UTF8;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
let shared;
/** One buffer reused by every bounded read (decoding copies what it keeps). */
function scratch(size) {
    if (!shared || shared.length < size)
        shared = Buffer.allocUnsafe(size);
    return shared.length === size ? shared : shared.subarray(0, size);
}
/**
 * A small text file a door reads whole (a template, a blueprint, the policy, a commit message):
 * a plain file, within its limit, valid UTF-8; otherwise a CurateError saying which (exit 2).
 */
function readTextFile(file, o) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch (err) {
        throw o.missing(err);
    }
    if (!st.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is not a regular file`, { hint: o.linkHint, exitCode: 2 });
    if (st.size > o.limit)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is ${st.size} bytes, over the ${o.limit}-byte limit`, { hint: o.limitHint, exitCode: 2 });
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (err) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asFault */ .Ps)(err) ?? o.missing(err);
    }
    const text = o.lenient ? bytes.toString('utf8') : (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(bytes);
    if (text === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${o.label} is not valid UTF-8`, { hint: 'Save it as UTF-8.', exitCode: 2 });
    return text;
}
/** The schemas folder: the one asked for, else ./schemas, else the toolkit's own. */
function resolveSchemasDir(asked, cwd) {
    if (asked)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, asked);
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, 'schemas');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__.packageRoot)(), 'schemas');
}
function loadSchemaDocs(dir) {
    if (!isDir(dir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`schemas folder not found: ${dir}`, { hint: 'Pass --schemas DIR, the folder holding cloud.schema.json and local.schema.json.' });
    const docs = {};
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        if (!name.endsWith('.schema.json'))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            docs[name] = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`cannot read schema ${full}: ${err.message}`, { cause: err });
        }
    }
    return docs;
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether the process `pid` is alive (a leftover of a live process is left alone). */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * The leftovers `.<name>.<pid>[.<n>].<suffix>` beside `name` in `dir` whose process is dead (it was
 * killed mid-write), by suffix. The caller decides what to do with each; nothing is done here.
 */
function deadLeftovers(dir, name, suffixes) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const prefix = `.${name}.`;
    const out = [];
    for (const e of entries) {
        if (!e.startsWith(prefix))
            continue;
        const rest = e.slice(prefix.length).split('.');
        const suffix = rest.pop();
        if (!suffixes.includes(suffix) || !rest.length || !rest.every((x) => /^[0-9]+$/.test(x)))
            continue;
        if (!processAlive(Number(rest[0])))
            out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e), suffix });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file beside the target, flushed, then a rename. With `exclusive`, an existing
 * target is never replaced. Temporary files of processes killed mid-write are removed.
 */
function writeFileAtomic(target, content, options = {}) {
    if (options.exclusive && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
    for (const left of deadLeftovers(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target), ['tmp']))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(left.path, { force: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        if (options.exclusive) {
            // A hard link never replaces an existing file: "never overwrite" holds even against a racing writer.
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(tmp, target);
            }
            catch (err) {
                if (err.code === 'EEXIST')
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`${target} already exists; nothing was written`, { exitCode: 2 });
                throw err;
            }
        }
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
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


/***/ })

};
