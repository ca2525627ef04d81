import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
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

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readChoice),
/* harmony export */   V: () => (/* binding */ readBoolean)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/** What every Action mode is given: its inputs, the run's environment, and where to report. */

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function readBoolean(inputs, name, fallback) {
    const v = inputs(name).trim();
    if (v === '')
        return fallback;
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`input ${name} must be true or false, got "${v}"`, { hint: `Set \`${name}: true\` or \`${name}: false\` in the workflow's with: block.` });
}
function readChoice(inputs, name, choices, fallback) {
    const v = inputs(name).trim();
    if (v === '')
        return fallback;
    if (choices.includes(v))
        return v;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`, { hint: `Set \`${name}: ${fallback}\` (the default) or another of: ${choices.join(', ')}.` });
}


/***/ }),

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5662);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: MODES, readRunEnv, runMode, runnerReporter

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
;// CONCATENATED MODULE: ./src/io/git.ts
/**
 * The one way the toolkit runs git: the index (what a commit will record), commit ranges (what
 * a pull request or a push changed), trees at a commit (a base's policy), and committing a file.
 *
 * Inside a hook, git points GIT_INDEX_FILE at the index the commit will use (`.git/index.lock`
 * for `commit -a`, `.git/next-index-*.lock` for `commit -- path`): a reader that drops it reads
 * `.git/index` and judges the wrong snapshot. GIT_DIR and GIT_WORK_TREE locate the repository
 * when the user (or git) set them. Every other GIT_* variable is dropped, as simple-git 4 does by
 * default, so nothing in the environment reconfigures these commands.
 *
 * Why not simple-git: it was the first version of this module (constructed with
 * `allowEnvironment` for the three variables above), and it cost the hook ~70 ms of CPU to import
 * plus ~20 ms for its first task, in each of the two hook processes, and 2.5x the CPU of a plain
 * spawn to read a 10,000-model index (bench/hook.ts). The hook runs on every commit; these few
 * plumbing calls need no more than spawnSync, and one way of running git serves every door.
 */





const GIT_ENV_ALLOWED = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'];
/** The all-zero object id git prints for "no blob on this side". */
const NULL_OID = /^0+$/;
/** Outputs are bounded by the store's size (blobs over the model limit are never read). */
const MAX_OUTPUT = 1024 * 1024 * 1024;
/** A full object name, as GitHub event payloads carry; anything else never reaches git's argv. */
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isSha(s) {
    return typeof s === 'string' && SHA.test(s);
}
/** An all-zero SHA: the "before" of a push that created the branch. */
function isNullSha(s) {
    return typeof s === 'string' && /^0+$/.test(s);
}
/** The environment git runs with: the caller's, minus every GIT_* variable but the allowed ones. */
function gitEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!k.startsWith('GIT_') || GIT_ENV_ALLOWED.includes(k))
            out[k] = v;
    return out;
}
class Git {
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = gitEnv(env);
    }
    run(args, input) {
        const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: this.cwd, env: this.env, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
        if (r.error)
            throw gitError(args, r.error.message);
        if (r.status !== 0)
            throw gitError(args, r.stderr.toString('utf8'));
        return r.stdout;
    }
    /** Whether the command succeeds (its output unread). */
    ok(args) {
        const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: this.cwd, env: this.env, stdio: 'ignore' });
        return !r.error && r.status === 0;
    }
    /** Whether `cwd` is inside a git work tree. */
    isRepo() {
        return this.ok(['rev-parse', '--is-inside-work-tree']);
    }
    /**
     * The work tree's root, when every one of `shas` names a commit present here (undefined in a
     * shallow checkout that lacks one, or outside a repository). One git process for both a pull
     * request's commits and the root: the Action asks this before every range it reads.
     */
    topWithCommits(shas) {
        if (!shas.every(isSha))
            return undefined;
        const r = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--show-toplevel', ...shas.map((s) => `${s}^{commit}`), '--'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const [top, ...found] = r.status === 0 ? r.stdout.split('\n') : [];
        return top && found.filter(isSha).length === shas.length ? top : undefined;
    }
    /** The commit HEAD points at, or undefined (no commits yet, not a repository). */
    head() {
        const r = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        return isSha(out) ? out : undefined;
    }
    /** A revision (a branch, a tag, HEAD~1) as the commit it names; CurateError when it names none. */
    resolveCommit(rev) {
        if (rev.startsWith('-'))
            throw new errors/* CurateError */.nK(`--base ${rev} is not a revision`, { hint: 'Pass a branch, a tag or a commit: --base origin/main.' });
        const r = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--verify', '-q', '--end-of-options', `${rev}^{commit}`], { cwd: this.cwd, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        const out = r.status === 0 ? r.stdout.trim() : '';
        if (!isSha(out))
            throw new errors/* CurateError */.nK(`--base ${rev} names no commit of this repository`, { hint: 'Pass a branch, a tag or a commit that git rev-parse knows (fetch it first).' });
        return out;
    }
    /**
     * What changed from `from` to `to` under `pathspecs`: `from...to` (from their merge base, as
     * a pull request's "Files changed" tab) with `mergeBase`, else `from..to`; with no `to`, from
     * `from` to the working tree. Renames arrive as a deletion and an addition.
     */
    diff(from, to, pathspecs, options = {}) {
        const range = to === undefined ? [from] : [options.mergeBase ? `${from}...${to}` : `${from}..${to}`];
        const out = this.run(['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', ...range, '--', ...literal(pathspecs)]).toString('utf8');
        return parseRawDiff(out);
    }
    /** Blobs of the tree at `commit` under `pathspecs`. */
    treeEntries(commit, pathspecs) {
        const out = this.run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...literal(pathspecs)]).toString('utf8');
        const entries = [];
        for (const record of out.split('\0')) {
            const tab = record.indexOf('\t');
            if (tab < 0)
                continue;
            const [mode, type, oid] = record.slice(0, tab).split(' ');
            if (type === 'blob')
                entries.push({ mode, oid, path: record.slice(tab + 1) });
        }
        return entries;
    }
    /** Files under `pathspecs` that git does not track and does not ignore. */
    untracked(pathspecs) {
        return this.run(['ls-files', '--others', '--exclude-standard', '-z', '--', ...literal(pathspecs)])
            .toString('utf8')
            .split('\0')
            .filter(Boolean);
    }
    /**
     * Stages `file` and commits only it (whatever else is staged stays staged), with the
     * repository's hooks running and printing to this terminal.
     */
    commitFile(file, message) {
        this.run(['add', '--', file]);
        const r = (0,external_node_child_process_.spawnSync)('git', ['commit', '-m', message, '--', file], { cwd: this.cwd, env: this.env, stdio: ['ignore', 'inherit', 'inherit'] });
        if (r.error || r.status !== 0)
            throw new errors/* CurateError */.nK('git commit failed (see its output above)', { exitCode: 1 });
    }
    raw(args, input) {
        return this.run(args, input).toString('utf8');
    }
    /** The root of the work tree and the repository's own folder (.git, or a worktree's), in one call. */
    locate() {
        const [top, gitDir] = this.raw(['rev-parse', '--show-toplevel', '--absolute-git-dir']).split('\n');
        if (!top || !gitDir)
            throw new errors/* CurateError */.nK('not inside a git work tree', { hint: '--staged reads the git index: run it inside the repository.' });
        return { top, gitDir };
    }
    /** The character that starts a comment line in commit messages (core.commentChar). */
    commentChar() {
        const value = (this.raw(['config', '--default', '#', '--get', 'core.commentChar'])).replace(/\n$/, '');
        // "auto" picks a character per message; the hook cannot know which, and '#' is git's first choice.
        return value === '' || value === 'auto' ? '#' : value;
    }
    /**
     * The merge, cherry-pick or revert this commit concludes, if any (its message is git's): its
     * head file in the repository's own folder (`locate().gitDir`, a worktree's own for a worktree,
     * where git keeps MERGE_HEAD and its kin), looked up without another git process.
     */
    pendingOperation(gitDir) {
        const names = { MERGE_HEAD: 'merge', CHERRY_PICK_HEAD: 'cherry-pick', REVERT_HEAD: 'revert' };
        for (const [head, name] of Object.entries(names))
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(gitDir, head)))
                return name;
        return undefined;
    }
    /**
     * What the commit changes, limited to `pathspecs` (repo-relative, taken literally).
     * `--raw` gives the blob on both sides with the status, so one call yields the file list
     * (the same list as `--name-only`), the staged blob to read and, for a deletion or a
     * modification, the blob HEAD had. Renames are split into a deletion and an addition.
     */
    stagedChanges(pathspecs) {
        const out = this.raw(['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACDMRT', '--', ...literal(pathspecs)]);
        return parseRawDiff(out);
    }
    /** Stage-0 index entries under `pathspecs` (the tree the commit will record there). */
    indexEntries(pathspecs) {
        const out = this.raw(['ls-files', '--stage', '-z', '--', ...literal(pathspecs)]);
        return parseLsFiles(out);
    }
    /**
     * Reads blobs by object id. One `git cat-file --batch` call reads them all when its output stays
     * within a budget (the usual case: a commit's few files, or a store's thousands of small ones);
     * a blob over `maxBytes` is then refused though read. Past the budget (a huge file staged), git
     * is stopped and two calls are made instead: sizes first (`--batch-check`), so the huge file is
     * refused unread, then the contents of the rest. A git process costs 4-8 ms, twice per hook.
     */
    readBlobs(oids, maxBytes) {
        const unique = [...new Set(oids)];
        const result = new Map();
        if (!unique.length)
            return result;
        const budget = Math.min(MAX_OUTPUT, 16 * 1024 * 1024 + unique.length * 64 * 1024);
        const once = (0,external_node_child_process_.spawnSync)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, input: unique.join('\n') + '\n', maxBuffer: budget, stdio: ['pipe', 'pipe', 'pipe'] });
        if (!once.error && once.status === 0) {
            for (const [oid, blob] of parseBatch(once.stdout, maxBytes))
                result.set(oid, blob);
            return result;
        }
        if (once.error?.code !== 'ENOBUFS')
            throw gitError(['cat-file'], once.error?.message ?? once.stderr.toString('utf8'));
        const checked = this.raw(['cat-file', '--batch-check'], unique.join('\n') + '\n');
        const wanted = [];
        for (const line of checked.split('\n')) {
            if (!line)
                continue;
            const [oid, type, sizeText] = line.split(' ');
            if (type === 'missing') {
                result.set(oid, { ok: false, size: 0, reason: 'missing' });
                continue;
            }
            const size = Number(sizeText);
            if (type !== 'blob')
                result.set(oid, { ok: false, size, reason: 'not-a-blob' });
            else if (size > maxBytes)
                result.set(oid, { ok: false, size, reason: 'too-large' });
            else
                wanted.push(oid);
        }
        if (!wanted.length)
            return result;
        const buf = this.run(['cat-file', '--batch'], wanted.join('\n') + '\n');
        for (const [oid, blob] of parseBatch(buf, maxBytes))
            result.set(oid, blob);
        return result;
    }
}
/** Pathspecs taken as plain paths: a store folder named `*` or `:x` means just that. */
function literal(pathspecs) {
    return pathspecs.map((p) => `:(literal)${p}`);
}
function gitError(args, detail) {
    const first = detail.trim().split('\n')[0];
    return new errors/* CurateError */.nK(`git ${args[0]} failed: ${first}`, { hint: 'Run leger-curate inside the repository, with git on PATH.' });
}
/** `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0`, repeated. */
function parseRawDiff(out) {
    const parts = out.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const head = parts[i];
        if (!head.startsWith(':'))
            continue;
        const [oldMode, newMode, oldOid, newOid, status] = head.slice(1).split(' ');
        const path = parts[i + 1];
        const letter = status.charAt(0);
        changes.push({
            status: letter,
            path,
            ...(NULL_OID.test(oldOid) ? {} : { oldMode, oldOid }),
            ...(NULL_OID.test(newOid) || letter === 'D' ? {} : { newMode, newOid }),
        });
    }
    return changes;
}
/**
 * `<mode> <oid> <stage>\t<path>\0`, repeated; only stage 0 (merged) entries. Walked with
 * indexOf: an index of 10,000 files is read on every hooked commit.
 */
function parseLsFiles(out) {
    const entries = [];
    for (let at = 0; at < out.length;) {
        const end = out.indexOf('\0', at);
        const stop = end < 0 ? out.length : end;
        const tab = out.indexOf('\t', at);
        const s1 = out.indexOf(' ', at);
        const s2 = s1 < 0 ? -1 : out.indexOf(' ', s1 + 1);
        if (tab > 0 && tab < stop && s2 > s1 && s2 < tab && tab === s2 + 2 && out.charCodeAt(s2 + 1) === 48 /* stage 0 */)
            entries.push({ mode: out.slice(at, s1), oid: out.slice(s1 + 1, s2), path: out.slice(tab + 1, stop) });
        at = stop + 1;
    }
    return entries;
}
/**
 * `<oid> <type> <size>\n<content>\n`, repeated: sizes are bytes, so walk the buffer, not a string.
 * Only blobs of at most `maxBytes` are decoded.
 */
function parseBatch(buf, maxBytes) {
    const out = new Map();
    let at = 0;
    while (at < buf.length) {
        const nl = buf.indexOf(10, at);
        if (nl < 0)
            break;
        const [oid, type, sizeText] = buf.toString('utf8', at, nl).split(' ');
        if (type === 'missing' || sizeText === undefined) {
            out.set(oid, { ok: false, size: 0, reason: 'missing' });
            at = nl + 1;
            continue;
        }
        const size = Number(sizeText);
        if (type !== 'blob')
            out.set(oid, { ok: false, size, reason: 'not-a-blob' });
        else if (size > maxBytes)
            out.set(oid, { ok: false, size, reason: 'too-large' });
        else {
            const text = (0,core_text/* decodeUtf8 */._6)(buf.subarray(nl + 1, nl + 1 + size));
            out.set(oid, text === undefined ? { ok: false, size, reason: 'not-utf8' } : { ok: true, size, text });
        }
        at = nl + 1 + size + 1;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __nccwpck_require__(1490);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __nccwpck_require__(4230);
// EXTERNAL MODULE: ./src/io/assemble.ts + 34 modules
var assemble = __nccwpck_require__(5682);
// EXTERNAL MODULE: ./src/io/github.ts
var github = __nccwpck_require__(6557);
;// CONCATENATED MODULE: ./src/io/pr-comment.ts

/** Our earlier comments on the PR: bodies that start with the marker; the bot's first. */
async function findMarkedComments(client, repo, issue, marker) {
    const all = await (0,github/* listAll */._w)('comments', client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }));
    const mine = all
        .filter((c) => typeof c.body === 'string' && c.body.startsWith(marker))
        .map((c) => ({ id: c.id, body: c.body, bot: c.user?.type === 'Bot' }));
    // A stranger can paste the marker too: prefer comments by a bot account (the Actions token's
    // identity), so a human's comment is only ever touched when no bot comment exists.
    return [...mine.filter((c) => c.bot), ...mine.filter((c) => !c.bot)];
}
/**
 * Creates the comment, or updates the first marked one and deletes any duplicates (two runs
 * racing). With `onlyIfExists` (everything passes) nothing is created: a clean PR gets no comment.
 */
async function upsertMarkedComment(client, repo, issue, marker, body, options = {}) {
    const found = await findMarkedComments(client, repo, issue, marker);
    // With a bot comment present, human ones are never touched; without one (a personal token
    // posts as a user), the first marked comment is ours. Only bot duplicates are ever deleted.
    const [first, ...rest] = found.filter((c) => c.bot || !found.some((x) => x.bot));
    for (const d of rest.filter((c) => c.bot))
        await client.rest.issues.deleteComment({ ...repo, comment_id: d.id });
    if (!first) {
        if (options.onlyIfExists)
            return 'skipped';
        await client.rest.issues.createComment({ ...repo, issue_number: issue, body });
        return 'created';
    }
    if (first.body === body)
        return 'unchanged';
    await client.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
    return 'updated';
}

// EXTERNAL MODULE: ./src/core/layout.ts
var core_layout = __nccwpck_require__(6585);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __nccwpck_require__(665);
// EXTERNAL MODULE: ./src/io/paths.ts
var paths = __nccwpck_require__(7336);
// EXTERNAL MODULE: ./src/io/policy.ts
var io_policy = __nccwpck_require__(4888);
;// CONCATENATED MODULE: ./src/io/read-change.ts
/**
 * What a change did, added to a snapshot of its head: the files a commit range (a pull
 * request's base...head, a push's before..after, or --base REF to the working tree) added,
 * modified and deleted, the texts the deleted and modified ones had, and, when the change
 * touches the policy or the schemas, those of the base, under which its model files are judged.
 */








/** The snapshot with the range's changes; undefined when the checkout lacks a commit of it (shallow). */
function withCommitRange(snapshot, options) {
    const git = new Git(options.cwd);
    const top = git.topWithCommits(options.to === undefined ? [options.from] : [options.from, options.to]);
    if (!top)
        return undefined;
    // Git speaks in paths from the repository's root; the snapshot in paths from cwd.
    const prefix = external_node_path_default().relative(top, options.cwd).split((external_node_path_default()).sep).join('/');
    const fromTop = (p) => (prefix ? `${prefix}/${p}` : p);
    const toCwd = (p) => (prefix ? external_node_path_default().posix.relative(prefix, p) : p);
    const { layout } = snapshot;
    const raw = git.diff(options.from, options.to, (0,core_layout/* triggerPaths */.L3)(layout).map(fromTop), { mergeBase: options.mergeBase });
    const changes = raw.map((c) => ({ path: toCwd(c.path), status: c.status === 'D' ? 'deleted' : c.status === 'A' || c.status === 'C' ? 'added' : 'modified' }));
    if (options.to === undefined)
        for (const p of git.untracked((0,core_layout/* triggerPaths */.L3)(layout).map(fromTop)))
            if ((0,core_layout/* roleOf */.kp)(toCwd(p), layout).role !== 'other')
                changes.push({ path: toCwd(p), status: 'added' });
    const olds = raw.filter((c) => c.oldOid && (0,core_layout/* roleOf */.kp)(toCwd(c.path), layout).role === 'model');
    const blobs = git.readBlobs(olds.map((c) => c.oldOid), fs/* MAX_MODEL_BYTES */.Bb);
    const before = new Map();
    for (const c of olds) {
        const b = blobs.get(c.oldOid);
        before.set(toCwd(c.path), b?.ok ? b.text : undefined);
    }
    const touchesConfig = changes.some((c) => ['schema', 'policy'].includes((0,core_layout/* roleOf */.kp)(c.path, layout).role));
    const base = touchesConfig ? baseConfig(git, options.from, snapshot, prefix) : undefined;
    return { ...snapshot, changes: (0,core_changes/* changeSetOf */.Im)(changes, snapshot.layout, before), base };
}
/**
 * The policy and schemas at `commit`, under which a change to them is judged. `prefix`: where
 * the snapshot's folder is inside the repository ('' at its root).
 */
function baseConfig(git, commit, snapshot, prefix = '') {
    const { layout } = snapshot;
    const fromTop = (p) => (prefix ? `${prefix}/${p}` : p);
    const toCwd = (p) => (prefix ? external_node_path_default().posix.relative(prefix, p) : p);
    const tree = git.treeEntries(commit, [layout.schemas === '' ? '.' : layout.schemas, layout.policy].map(fromTop));
    const blobs = git.readBlobs(tree.map((e) => e.oid), fs/* MAX_MODEL_BYTES */.Bb);
    const schemas = tree.filter((e) => (0,core_layout/* roleOf */.kp)(toCwd(e.path), layout).role === 'schema');
    const policy = tree.find((e) => (0,core_layout/* roleOf */.kp)(toCwd(e.path), layout).role === 'policy');
    const policyBlob = policy && blobs.get(policy.oid);
    return {
        ref: commit.slice(0, 12),
        // A base without schemas of its own was judged by the toolkit's.
        schemaDocs: (0,io_policy/* withPolicySchema */.AR)(schemaDocsFrom(schemas, blobs, layout.schemas) ?? (0,fs/* loadSchemaDocs */.Td)(external_node_path_default().join((0,paths/* packageRoot */.Z)(), 'schemas'))),
        policy: policyBlob?.ok ? { path: toCwd(policy.path), text: policyBlob.text } : undefined,
    };
}
/**
 * The snapshot with a change known only as a file list (the GitHub API's, when the checkout is
 * shallow): no texts from before, and no base policy, so a change to the policy or the schemas
 * is refused rather than judged under itself.
 */
function withFileList(snapshot, files, ref) {
    const changes = (0,core_changes/* changeSetOf */.Im)(files, snapshot.layout);
    const base = changes.config.size ? { ref, schemaDocs: {}, missing: 'the base commit is not in this checkout' } : undefined;
    return { ...snapshot, changes, base };
}
/** Schemas read from git blobs (the index, a base commit): only a folder that holds both model schemas counts. */
function schemaDocsFrom(schemas, blobs, dir) {
    const names = schemas.map((s) => s.path.split('/').pop());
    // Only a folder that really holds the model schemas counts: elsewhere the toolkit's own apply.
    if (!names.includes('cloud.schema.json') || !names.includes('local.schema.json'))
        return undefined;
    const docs = {};
    for (const s of schemas) {
        const blob = blobs.get(s.oid);
        if (!blob?.ok)
            throw new errors/* CurateError */.nK(`cannot read the schema ${s.path}: its blob is ${blob?.ok === false ? blob.reason : 'missing'}`);
        try {
            docs[s.path.split('/').pop()] = JSON.parse(blob.text);
        }
        catch (err) {
            throw new errors/* CurateError */.nK(`the schema ${s.path} is not valid JSON: ${err.message}`, { hint: `Fix ${dir}/ and stage it again.`, cause: err });
        }
    }
    return docs;
}

// EXTERNAL MODULE: ./src/io/read-tree.ts
var read_tree = __nccwpck_require__(6783);
;// CONCATENATED MODULE: ./src/report/github-markdown.ts
/**
 * The check's report as GitHub-flavoured Markdown: the job summary and the PR comment.
 * Every string that can come from a model file (messages quote values, file names come from
 * a PR) passes md(): it must not break the table, inject HTML, ping people or link anywhere.
 */

/** The hidden marker that finds our PR comment again on the next run. */
const COMMENT_MARKER = '<!-- leger-curate:check -->';
/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
const COMMENT_LIMIT = 60_000;
/** A step's summary over 1 MiB is not shown at all: stay well under it (in UTF-8 bytes). */
const SUMMARY_LIMIT = 900_000;
/** Escapes text for a Markdown table cell. */
function md(s) {
    return s
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;');
}
function failed(r) {
    return r.summary.errors > 0 || (r.failOn === 'warning' && r.summary.warnings > 0);
}
function headline(r) {
    const s = r.summary;
    if (!s.errors && !s.warnings && !s.notices)
        return `✅ ${(0,core_text/* plural */.LS)(s.files, 'model file')} checked, no problems`;
    const parts = [(0,core_text/* plural */.LS)(s.errors, 'error'), (0,core_text/* plural */.LS)(s.warnings, 'warning')];
    if (s.notices)
        parts.push((0,core_text/* plural */.LS)(s.notices, 'notice'));
    return `${failed(r) ? '❌' : '⚠️'} ${parts.join(', ')} in ${(0,core_text/* plural */.LS)(s.files, 'model file')} checked`;
}
function github_markdown_location(f, blobUrl) {
    const text = md(`${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`);
    if (!blobUrl)
        return text;
    // Every segment percent-encoded, parentheses too: a file name cannot end the link or start another.
    const href = `${blobUrl}/${f.file.split('/').map((s) => encodeURIComponent(s).replace(/[()'*!~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}${f.line ? `#L${f.line}` : ''}`;
    return `[${text}](${href})`;
}
const ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
function findingRows(findings, blobUrl) {
    return findings.map((f) => `| ${github_markdown_location(f, blobUrl)} | ${ICON[f.severity]} | ${md(f.rule)} | ${md(f.message)} | ${f.hint ? md(f.hint) : ''} |`);
}
const FINDINGS_HEAD = ['| Where | Severity | Rule | Message | Hint |', '| --- | --- | --- | --- | --- |'];
function changedSection(changed) {
    if (!changed.length)
        return [];
    return [
        '',
        '### Changed models',
        '',
        '| Model | Kind | Change | File |',
        '| --- | --- | --- | --- |',
        ...changed.map((c) => `| ${md(c.id)} | ${c.kind} | ${c.change} | ${md(c.file)} |`),
    ];
}
function intro(r) {
    const lines = [`**${headline(r)}**`];
    if (r.scopeNote)
        lines.push('', md(r.scopeNote));
    if (r.elsewhere)
        lines.push('', `${(0,core_text/* plural */.LS)(r.elsewhere, 'error')} ${r.elsewhere === 1 ? 'is' : 'are'} in model files this change did not touch (cross-file rules, such as a replacement that no longer exists).`);
    return lines;
}
/** The job summary: counts, every finding (as many as fit its size limit), the changed models. */
function formatSummary(r) {
    const head = ['## leger-curate check', '', ...intro(r)];
    return fit(head, r, 'run `npx leger-curate validate` to see them all', changedSection(r.changed), SUMMARY_LIMIT, '### Findings');
}
/** The PR comment: the same report, as many rows as fit GitHub's size limit. */
function formatComment(r) {
    const head = [COMMENT_MARKER, '## leger-curate check', '', ...intro(r)];
    return fit(head, r, 'see the job summary', [...changedSection(r.changed), '', footer(r)], COMMENT_LIMIT);
}
/** head, the findings table with as many rows as fit in `limit` UTF-8 bytes, then tail. */
function fit(head, r, more, tail, limit, title) {
    const rows = findingRows(r.findings, r.blobUrl);
    const bytes = (s) => Buffer.byteLength(s, 'utf8') + 1;
    let size = [...head, ...FINDINGS_HEAD, ...tail].reduce((n, l) => n + bytes(l), 300);
    let shown = 0;
    while (shown < rows.length && size + bytes(rows[shown]) <= limit)
        size += bytes(rows[shown++]);
    const out = [...head];
    if (rows.length) {
        out.push('', ...(title ? [title, ''] : []), ...FINDINGS_HEAD, ...rows.slice(0, shown));
        if (shown < rows.length)
            out.push('', `…and ${rows.length - shown} more: ${more}.`);
    }
    return [...out, ...tail].join('\n') + '\n';
}
/** The comment once everything passes: kept (edited), so the history of the thread still makes sense. */
function formatResolvedComment(r) {
    return [COMMENT_MARKER, '## leger-curate check', '', `**✅ Resolved: every model check passes${r.sha ? ` as of ${r.sha.slice(0, 7)}` : ''}.**`, '', footer(r)].join('\n') + '\n';
}
function footer(r) {
    const run = r.runUrl ? ` · [workflow run](${r.runUrl})` : '';
    return `<sub>leger-curate check${r.sha ? ` · ${r.sha.slice(0, 7)}` : ''}${run}</sub>`;
}

// EXTERNAL MODULE: ./src/action/context.ts
var context = __nccwpck_require__(645);
;// CONCATENATED MODULE: ./src/action/check.ts
/**
 * Check mode: read the workspace and what the event changed, ask the assembler for the verdict
 * (the same one the hook and validate --base give on that tree), and report it as annotations,
 * a job summary, one PR comment and step outputs.
 * Everything outside comes in through RunEnv, Reporter and CheckDeps, so tests drive it directly.
 */











/** GitHub shows at most this many annotations of each severity per step; the summary lists the rest. */
const ANNOTATIONS_PER_SEVERITY = 10;
function readCheckInputs(inputs) {
    const schemas = inputs('schemas-path');
    const policy = inputs('policy-path');
    return {
        storePath: inputs('store-path') || 'model-store',
        // The default "schemas" means "wherever the schemas are": a store repo without its own
        // schemas/ folder is checked against the ones shipped with the Action.
        schemasPath: schemas && schemas !== 'schemas' ? schemas : undefined,
        policyPath: policy || undefined,
        comment: (0,context/* readBoolean */.V)(inputs, 'comment', true),
        failOn: (0,context/* readChoice */.K)(inputs, 'fail-on', ['error', 'warning'], 'error'),
        online: (0,context/* readBoolean */.V)(inputs, 'online', false),
    };
}
async function runCheck(inputs, env, reporter, deps = {}) {
    const base = env.workspace;
    const tree = (0,read_tree/* readWorkingTree */.c)({ base, store: inputs.storePath, schemas: inputs.schemasPath, policy: inputs.policyPath });
    const pr = pullRequestOf(env.payload);
    const { snapshot, why } = await readChange(tree, env, reporter, deps);
    const changes = snapshot.changes;
    const note = changes ? changes.everything : why;
    reporter.info(note ?? `${changes.added.size + changes.modified.size} model file(s) changed, ${changes.added.size} of them new, ${changes.deleted.size} deleted`);
    const checked = await (0,assemble/* check */.z6)(snapshot, { online: inputs.online, env: process.env });
    const { findings, summary, focus } = checked.verdict;
    const elsewhere = focus ? findings.filter((f) => !focus.files.has(f.file) && f.file !== snapshot.layout.policy).length : 0;
    const report = {
        findings,
        summary,
        elsewhere,
        changed: changedModels(changes, checked.store),
        scopeNote: note,
        failOn: inputs.failOn,
        runUrl: env.runUrl,
        sha: env.sha,
        // Links point at the PR's head commit: GITHUB_SHA of a pull_request event is a transient merge commit.
        blobUrl: env.serverUrl && env.repo && (pr?.head ?? env.sha) ? `${env.serverUrl}/${env.repo.owner}/${env.repo.repo}/blob/${pr?.head ?? env.sha}` : undefined,
    };
    // The changed files' findings take the annotation slots first: those are the lines in the PR's diff.
    const changed = (f) => !focus || focus.files.has(f.file);
    annotate([...findings.filter(changed), ...findings.filter((f) => !changed(f))], reporter);
    await reporter.summary(formatSummary(report));
    const comment = await commentOnPr(report, inputs, env, reporter, deps);
    reporter.setOutput('errors', String(report.summary.errors));
    reporter.setOutput('warnings', String(report.summary.warnings));
    reporter.setOutput('changed-models', JSON.stringify(report.changed.filter((c) => c.change !== 'deleted').map((c) => c.id)));
    reporter.info(headline(report));
    if (failed(report)) {
        const what = report.summary.errors ? `${report.summary.errors} error(s)` : `${report.summary.warnings} warning(s) (fail-on: warning)`;
        reporter.setFailed(`leger-curate check: ${what} in the model store; see the annotations and the job summary`);
    }
    return { ...report, changes, comment };
}
/** The first ANNOTATIONS_PER_SEVERITY findings of each severity, on their exact line. */
function annotate(findings, reporter) {
    const count = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        if (count[f.severity]++ < ANNOTATIONS_PER_SEVERITY)
            reporter.annotate(f);
    for (const s of ['error', 'warning', 'notice'])
        if (count[s] > ANNOTATIONS_PER_SEVERITY)
            reporter.info(`${count[s] - ANNOTATIONS_PER_SEVERITY} more ${s}(s) are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step)`);
}
function changedModels(changes, store) {
    if (!changes)
        return [];
    const byPath = new Map(store.entries.map((e) => [e.file.path, e]));
    const kindOf = (p) => (p.split('/').at(-2) === 'local' ? 'local' : 'cloud');
    const stem = (p) => external_node_path_default().posix.basename(p, '.json');
    const out = [];
    for (const file of [...changes.added, ...changes.modified].sort()) {
        const e = byPath.get(file);
        out.push({ id: (e && (0,core_store/* idOf */.TH)(e)) ?? stem(file), kind: kindOf(file), file, change: changes.added.has(file) ? 'added' : 'modified' });
    }
    for (const file of [...changes.deleted].sort())
        out.push({ id: stem(file), kind: kindOf(file), file, change: 'deleted' });
    return out;
}
/**
 * The workspace with what the event changed. pull_request: base...head by git, else the API's
 * file list; push: before..after; other events: no change (every file is reported on).
 */
async function readChange(tree, env, reporter, deps) {
    const payload = env.payload;
    const pr = pullRequestOf(payload);
    const cwd = env.workspace;
    if (pr) {
        const fromGit = pr.base && pr.head ? withCommitRange(tree, { cwd, from: pr.base, to: pr.head, mergeBase: true }) : undefined;
        if (fromGit)
            return { snapshot: fromGit };
        reporter.info('the base commit is not in this checkout (shallow clone?): asking the API for the pull request files');
        const client = await deps.github?.();
        if (!client || !env.repo)
            return { snapshot: tree, why: 'the pull request files are unknown (no token, or no fetch-depth: 0): checking every model file' };
        try {
            return { snapshot: withFileList(tree, await listPullFiles(client, env.repo, pr.number), pr.base ?? 'the base branch') };
        }
        catch (err) {
            reporter.warning(`could not list the pull request files (${describe(err)}): checking every model file`);
            return { snapshot: tree, why: 'the pull request files are unknown: checking every model file' };
        }
    }
    if (env.eventName === 'push') {
        const before = payload?.before;
        const after = payload?.after;
        if (isNullSha(before))
            return { snapshot: tree, why: 'a new branch: checking every model file' };
        if (isSha(before) && isSha(after)) {
            const fromGit = withCommitRange(tree, { cwd, from: before, to: after });
            if (fromGit)
                return { snapshot: fromGit };
            return { snapshot: tree, why: 'the pushed range is not in this checkout (set fetch-depth: 0): checking every model file' };
        }
    }
    return { snapshot: tree, why: `event "${env.eventName || 'unknown'}" has no change to compare: checking every model file` };
}
function pullRequestOf(payload) {
    const pr = payload?.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    return { number: pr.number, base: isSha(pr.base?.sha) ? pr.base.sha : undefined, head: isSha(pr.head?.sha) ? pr.head.sha : undefined };
}
async function listPullFiles(client, repo, pull) {
    const files = await (0,github/* listAll */._w)('pull request files', client.paginate.iterator(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 }));
    return files.flatMap(core_changes/* fromApiFile */.fr);
}
async function commentOnPr(report, inputs, env, reporter, deps) {
    const pr = pullRequestOf(env.payload);
    if (!pr || !env.repo)
        return 'not-a-pr';
    if (!inputs.comment)
        return 'disabled';
    const client = await deps.github?.();
    if (!client) {
        reporter.notice('PR comment skipped: no github-token; the annotations and the job summary carry the results');
        return 'no-permission';
    }
    const clean = report.findings.length === 0;
    try {
        const body = clean ? formatResolvedComment(report) : formatComment(report);
        return await upsertMarkedComment(client, env.repo, pr.number, COMMENT_MARKER, body, { onlyIfExists: clean });
    }
    catch (err) {
        if ((0,github/* isPermissionError */.gj)(err)) {
            reporter.notice(`PR comment skipped: the token may not write to this pull request (HTTP ${(0,github/* httpStatus */.nG)(err)}; pull requests from forks get a read-only token). The annotations and the job summary carry the results.`);
            return 'no-permission';
        }
        // The check's verdict matters more than the comment: say so, and go on.
        reporter.warning(`could not update the PR comment: ${describe(err)}`);
        return 'failed';
    }
}
function describe(err) {
    const status = (0,github/* httpStatus */.nG)(err);
    const message = err instanceof Error ? err.message : String(err);
    return status ? `HTTP ${status}: ${message}` : message;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One command line, `::name key=value,...::message`, its properties in the order given (empty ones left out). */
function workflowCommand(name, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}\n`;
}
function formatWorkflowCommands(findings) {
    return findings
        .map((f) => {
        const at = f.line ? { line: f.line, col: f.column ?? 1 } : {};
        return workflowCommand(f.severity, { file: f.file, ...at, title: f.rule }, f.hint ? `${f.message} (${f.hint})` : f.message);
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner's protocol, as the Action speaks it: inputs from INPUT_* variables, workflow
 * commands on standard output, outputs and the job summary appended to the files the runner
 * names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). The formats are those @actions/core writes.
 *
 * Written here rather than loaded from @actions/core: @actions/core 3 imports its OIDC HTTP
 * client (@actions/http-client, undici) and @actions/exec when it loads, 1 MB bundled and about
 * 130 ms of start-up on a 2-core machine, more than twice the check's whole budget (issue 15).
 * The Action needs none of that: what it needs is this page.
 */





/** An input by its action.yml name, trimmed ('' when unset), as core.getInput reads it. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A workflow command (`::error file=…,line=…::message`), escaped so a message cannot end it early or forge another. */
function issue(command, message, props = {}) {
    process.stdout.write(workflowCommand(command, { ...props }, message));
}
/** A line of the log, as is. */
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
/** Fails the step: exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    issue('error', message);
}
/**
 * A step output, appended to GITHUB_OUTPUT in the multi-line form `name<<DELIMITER`, with a
 * random delimiter the value is checked not to hold (so a value cannot set another output).
 */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
        return info(`output ${name}: ${value.replace(/[\r\n]+/g, ' ')}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter) || /[\r\n]/.test(name))
        throw new errors/* CurateError */.nK(`output ${JSON.stringify(name)} cannot be written safely`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); outside a runner it goes to the log. */
function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return info(markdown);
    (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_namespaceObject.EOL, 'utf8');
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The Action's door: read the runner's inputs and environment, pick the mode, report through
 * the runner's protocol (runner.ts). Modes are a table: a mode is one entry here and one module beside check.ts
 * (audit and release load lazily: a check never pays for their code).
 */





const MODES = {
    check: async (ctx) => {
        await runCheck(readCheckInputs(ctx.inputs), ctx.env, ctx.reporter, { github: ctx.github });
    },
    audit: async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(277)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7277))).auditMode(ctx),
    release: async (ctx) => {
        const client = await ctx.github?.();
        if (!client || !ctx.env.repo)
            throw new errors/* CurateError */.nK('mode release needs github-token and GITHUB_REPOSITORY', { hint: 'Run it inside a workflow with permissions: contents: write.' });
        const { runRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(725), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2619));
        const schemas = ctx.inputs('schemas-path');
        await runRelease({ workspace: ctx.env.workspace, store: ctx.inputs('store-path') || undefined, schemas: schemas && schemas !== 'schemas' ? schemas : undefined, owner: ctx.env.repo.owner, repo: ctx.env.repo.repo, sha: ctx.env.sha }, client, ctx.reporter);
    },
};
async function run() {
    try {
        const inputs = (name) => getInput(name);
        const token = inputs('github-token');
        // The API client (Octokit and its plugins) loads on first use: a check that posts no comment never pays for it.
        let client;
        const github = () => (client ??= Promise.all(/* import() */[__nccwpck_require__.e(445), __nccwpck_require__.e(829)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3829)).then((m) => m.createGitHubClient(token, { log: (msg) => runnerReporter.info(msg) })));
        await runMode({ inputs, env: readRunEnv(process.env), reporter: runnerReporter, github: token ? github : undefined });
    }
    catch (err) {
        fail(err);
    }
}
async function runMode(ctx) {
    const mode = ctx.inputs('mode').trim() || 'check';
    const handler = Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
    if (!handler)
        throw new errors/* CurateError */.nK(`unknown mode "${mode}"`, { hint: `Set mode to one of: ${Object.keys(MODES).join(', ')}.` });
    await handler(ctx);
}
/** Expected failures fail the step with their message and hint; bugs say so, with the stack in the debug log. */
function fail(err) {
    err = (0,errors/* asFault */.Ps)(err) ?? err;
    if (err instanceof errors/* CurateError */.nK) {
        setFailed(err.hint ? `${err.message}\n${err.hint}` : err.message);
        return;
    }
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof Error && err.stack)
        issue('debug', err.stack);
    setFailed(`leger-curate: internal error: ${message}\nThis is a bug in leger-curate; please report it with the workflow run's log.`);
}
function readRunEnv(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload: readPayload(env.GITHUB_EVENT_PATH),
        repo: owner && repo ? { owner, repo } : undefined,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        sha: isSha(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined,
        serverUrl: server.replace(/\/+$/, ''),
        runUrl: env.GITHUB_REPOSITORY && /^[0-9]+$/.test(env.GITHUB_RUN_ID ?? '') ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    };
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* CurateError */.nK(`cannot read the event payload ${file}: ${err.message}`);
    }
}
/** The real reporter: workflow commands, the step summary file and the outputs file. */
const runnerReporter = {
    annotate(f) {
        const text = f.hint ? `${f.message}\n${f.hint}` : f.message;
        issue(f.severity, text, { title: f.rule, file: f.file, line: f.line, col: f.line ? f.column : undefined });
    },
    // Log lines are written raw: a line break from a hostile file name could start a forged workflow command.
    info: (m) => info(m.replace(/[\r\n\u2028\u2029]+/g, ' ')),
    notice: (m) => issue('notice', m),
    warning: (m) => issue('warning', m),
    async summary(markdown) {
        appendSummary(markdown);
    },
    setOutput: (name, value) => setOutput(name, value),
    setFailed: (m) => setFailed(m),
};


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ MAX_TOKENS),
/* harmony export */   Xo: () => (/* binding */ boundedNumber),
/* harmony export */   dH: () => (/* binding */ boundedInt),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   zR: () => (/* binding */ MAX_COST_PER_TOKEN)
/* harmony export */ });
/* unused harmony exports MAX_RAM_GB, MAX_PRICE_PER_1M */
/**
 * The upper bounds of every number the store holds or reads from upstream. The schemas state the
 * same bounds (schemas/*.schema.json `maximum`); an upstream number outside them is a malformed
 * answer, never a fact to compare or print.
 */
/** Tokens: a context window, an input or output cap (no model comes near 100 million). */
const MAX_TOKENS = 100_000_000;
/** Bytes of one file on the Hub (10 TB). */
const MAX_FILE_BYTES = 10_000_000_000_000;
/** GB of memory a model may need. */
const MAX_RAM_GB = 4096;
/** US dollars per million tokens (LiteLLM lists some at $200,000). */
const MAX_PRICE_PER_1M = 1_000_000;
/** US dollars per token (MAX_PRICE_PER_1M / 1e6). */
const MAX_COST_PER_TOKEN = MAX_PRICE_PER_1M / 1e6;
/** A whole number in [min, max] (never above 2^53 - 1), else undefined. */
function boundedInt(v, max, min = 0) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
}
/** A finite number in [0, max], else undefined. */
function boundedNumber(v, max) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? v : undefined;
}


/***/ }),

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ changeSetOf),
/* harmony export */   X2: () => (/* binding */ stillHas),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   fr: () => (/* binding */ fromApiFile),
/* harmony export */   jb: () => (/* binding */ LINK_RULES),
/* harmony export */   sS: () => (/* binding */ focusOn),
/* harmony export */   sq: () => (/* binding */ focusOf),
/* harmony export */   wX: () => (/* binding */ namesIn)
/* harmony export */ });
/* unused harmony export touchedNames */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6585);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1896);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4230);
/**
 * What a change does to the store, and which files a check of it reports on. Pure: the git
 * index, a commit range and the GitHub API's file list all arrive here as FileChange lists.
 */



const NO_CHANGE = Object.freeze({ added: new Set(), modified: new Set(), deleted: new Set(), before: new Map(), config: new Set() });
function changeSetOf(changes, layout, before = new Map()) {
    const added = new Set();
    const modified = new Set();
    const deleted = new Set();
    const config = new Set();
    for (const c of changes) {
        const role = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .roleOf */ .kp)(c.path, layout).role;
        if (role === 'schema' || role === 'policy')
            config.add(c.path);
        if (role !== 'model')
            continue;
        (c.status === 'added' ? added : c.status === 'deleted' ? deleted : modified).add(c.path);
    }
    // A path deleted and added again (a rename's two halves across kinds) is a modification.
    for (const p of added)
        if (deleted.delete(p))
            (added.delete(p), modified.add(p));
    const first = [...config].sort()[0];
    return { added, modified, deleted, before, config, everything: first && `${first} changed: every model file is checked against it` };
}
/** The GitHub API's PR file statuses, as changes; a rename is its two halves. */
function fromApiFile(f) {
    switch (f.status) {
        case 'added':
        case 'copied':
            return [{ path: f.filename, status: 'added' }];
        case 'removed':
            return [{ path: f.filename, status: 'deleted' }];
        case 'renamed':
            return [...(f.previous_filename ? [{ path: f.previous_filename, status: 'deleted' }] : []), { path: f.filename, status: 'added' }];
        case 'modified':
        case 'changed':
            return [{ path: f.filename, status: 'modified' }];
        default:
            return [];
    }
}
/** The rules whose findings are reported on dependents: a broken replacement link. */
const LINK_RULES = new Set(['deprecation']);
function focusOf(store, changes) {
    if (changes.everything)
        return undefined;
    const files = new Set([...changes.added, ...changes.modified, ...changes.deleted]);
    const textOf = new Map(store.files.map((f) => [f.path, f.text]));
    const touched = touchedNames(changes, (p) => textOf.get(p));
    const dependents = new Set();
    for (const e of store.entries) {
        if (files.has(e.file.path))
            continue;
        // Follow the chain a few hops (cycles and long chains are the deprecation rule's business).
        let name = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(e.data.replacement);
        for (let hop = 0; name !== undefined && hop < 16; hop++) {
            if (touched.has(name.toLowerCase())) {
                dependents.add(e.file.path);
                break;
            }
            const next = store.find(name);
            name = next && next.data.deprecated === true ? (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(next.data.replacement) : undefined;
        }
    }
    return { files, dependents };
}
/**
 * The names (ids and aliases, lower-cased) the changed files declare before or after the
 * change: a model whose replacement chain reaches one of them depends on the change. Every such
 * chain ends in a link to one of these names, so a store where no model names one as its
 * replacement has no dependents (the hook's reader checks that before building a store).
 */
function touchedNames(changes, textOf) {
    const touched = new Set();
    for (const p of [...changes.added, ...changes.modified, ...changes.deleted])
        for (const n of [namesIn(p, textOf(p)), namesIn(p, changes.before.get(p))])
            for (const name of [n.id, ...n.aliases])
                touched.add(name.toLowerCase());
    return touched;
}
/** A focus of exactly these files (validate PATH..., one new file in add). */
function focusOn(files) {
    return { files: new Set(files), dependents: new Set() };
}
/** The id and aliases a model file declares, from its text; the file name stands in for an unreadable id. */
function namesIn(path, text) {
    const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '');
    const parsed = text === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseModelText */ .ex)(path, text);
    if (!parsed?.ok)
        return { id: stem, aliases: [] };
    const aliases = Array.isArray(parsed.data.aliases) ? parsed.data.aliases.filter((a) => typeof a === 'string') : [];
    return { id: (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(parsed.data.id) ?? stem, aliases };
}
/** Whether the store still has a model with this id (a moved file is not a deletion). */
function stillHas(store, id) {
    return store.entries.some((e) => (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .idOf */ .TH)(e) === id);
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ RESERVED_ENV),
/* harmony export */   b0: () => (/* binding */ MASTER_KEY_ENV),
/* harmony export */   iZ: () => (/* binding */ refuseEnvRefs),
/* harmony export */   w5: () => (/* binding */ looksLikeEnvRef),
/* harmony export */   zE: () => (/* binding */ unexpectedEnvRefs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/**
 * LiteLLM replaces every string of the form `os.environ/NAME` anywhere in its config (nested
 * maps and maps inside lists included) with the variable's value, at load (proxy_server.py,
 * `_check_for_os_environ_vars`). A model whose name is `os.environ/OPENAI_API_KEY` would have
 * the key served on /model/info. So model text never reaches litellm.yaml in that form, and the
 * rendered file holds exactly the references the renderer meant: each deployment's api_key and
 * the master key.
 */

/** The proxy's own secret: clients authenticate to LiteLLM with it (general_settings.master_key). */
const MASTER_KEY_ENV = 'LITELLM_MASTER_KEY';
/**
 * Variables the deployment itself reads: a provider key by one of these names would hand the
 * proxy's own secret (or the model cache setting) to a provider, or replace it.
 */
const RESERVED_ENV = new Set([MASTER_KEY_ENV, 'LITELLM_SALT_KEY', 'LITELLM_LICENSE', 'DATABASE_URL', 'STORE_MODEL_IN_DB', 'UI_USERNAME', 'UI_PASSWORD', 'LLAMA_CACHE', 'HF_HOME', 'HF_HUB_CACHE', 'HOME', 'PATH']);
/** What LiteLLM's loader would take for a reference; leading space and case are not trusted either. */
function looksLikeEnvRef(s) {
    // Most strings are refused by their first character: a reference starts with "o" or "O",
    // or with white space (which \s finds only at or below U+0020 or from U+00A0 up).
    const c = s.charCodeAt(0);
    if (c > 0x20 && c < 0xa0 && c !== 0x6f && c !== 0x4f)
        return false;
    return /^\s*os\.environ\//i.test(s);
}
const show = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
/** Refuses a model whose text (any string, at any depth) LiteLLM would substitute. */
function refuseEnvRefs(model, kind) {
    const walk = (v, where) => {
        if (typeof v === 'string' && looksLikeEnvRef(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`${kind} model ${JSON.stringify(model.id)}: ${where} is ${show(v)}, which LiteLLM would replace with an environment variable's value`, {
                hint: 'No model text may start with "os.environ/": fix the model file.',
                exitCode: 1,
            });
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, `${where}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                walk(x, where ? `${where}.${k}` : k);
    };
    walk(model, '');
}
/**
 * Every string of a rendered litellm.yaml (as parsed) that LiteLLM would substitute, by path,
 * other than the ones allowed (path -> the exact reference expected there).
 */
function unexpectedEnvRefs(doc, allowed) {
    const out = [];
    const walk = (v, where) => {
        if (typeof v === 'string') {
            if (looksLikeEnvRef(v) && allowed.get(where) !== v)
                out.push(`${where}: ${show(v)}`);
        }
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, `${where}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v)) {
                if (looksLikeEnvRef(k))
                    out.push(`${where}.${k} (a key)`);
                walk(x, where ? `${where}.${k}` : k);
            }
    };
    walk(doc, '');
    return out;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ asFault),
/* harmony export */   nK: () => (/* binding */ CurateError)
/* harmony export */ });
/* unused harmony export Cancelled */
/**
 * The one error type every door knows how to print: an expected failure with a message
 * in the user's terms, an optional hint, and the exit code it maps to.
 */
class CurateError extends Error {
    hint;
    exitCode;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'CurateError';
        this.hint = options.hint;
        this.exitCode = options.exitCode ?? 2;
    }
}
/** The user cancelled at a prompt (Ctrl-C): nothing was written. */
class Cancelled extends CurateError {
    constructor() {
        super('cancelled', { exitCode: 130 });
        this.name = 'Cancelled';
    }
}
/** What each file-system fault means to the user, and what to do about it. */
const FAULTS = {
    EROFS: ['the file system is read-only', 'Run it where the folder can be written, or point the output elsewhere (e.g. --out, --data).'],
    ENOSPC: ['the disk is full', 'Free some space and run it again; nothing half-written was kept.'],
    EDQUOT: ['the disk quota is exceeded', 'Free some space and run it again; nothing half-written was kept.'],
    EACCES: ['permission denied', 'Check the folder\'s owner and permissions, or run it as a user who may write there.'],
    EPERM: ['the operation is not permitted', 'Check the folder\'s owner and permissions (and that no other program holds the file).'],
    ENOENT: ['no such file or folder', 'Check the path: a folder on the way to it is missing or was removed meanwhile.'],
    EEXIST: ['it already exists', 'Remove or rename what is in the way, then run it again.'],
    ENOTDIR: ['a part of the path is a file, not a folder', 'Check the path: something on the way to it is a file.'],
    EISDIR: ['it is a folder, not a file', 'Check the path: a folder sits where a file is expected.'],
    ENOTEMPTY: ['the folder is not empty', 'Remove what is in the way, then run it again.'],
    EMFILE: ['too many files are open', 'Run it again with fewer other programs running.'],
    EBUSY: ['the file or folder is busy', 'Close the program that holds it, then run it again.'],
    EXDEV: ['the paths are on different file systems', 'Keep the output folder on one file system.'],
    ENAMETOOLONG: ['the path is too long', 'Use a shorter path.'],
    ELOOP: ['the path holds a loop of symbolic links', 'Check the links on the way to it.'],
};
/**
 * A file-system fault (read-only folder, full disk, permissions, a missing folder) as the
 * CurateError every door prints: what failed and where, with a hint, exit 2. The one place errno
 * codes are mapped; anything else stays a bug.
 */
function asFault(err) {
    if (err instanceof CurateError || !(err instanceof Error))
        return undefined;
    const e = err;
    const code = e.code;
    if (!code || !Object.hasOwn(FAULTS, code))
        return undefined;
    const [what, hint] = FAULTS[code];
    const verb = e.syscall ? (VERBS[e.syscall] ?? e.syscall) : 'use';
    const where = e.path ? ` ${e.path}${e.dest ? ` -> ${e.dest}` : ''}` : '';
    return new CurateError(`cannot ${verb}${where}: ${what} (${code})`, { hint, exitCode: 2, cause: err });
}
const VERBS = {
    open: 'open',
    write: 'write',
    read: 'read',
    rename: 'rename',
    mkdir: 'create the folder',
    rmdir: 'remove the folder',
    rm: 'remove',
    unlink: 'remove',
    scandir: 'list the folder',
    stat: 'look at',
    lstat: 'look at',
    copyfile: 'copy',
    symlink: 'link',
    chmod: 'change the mode of',
    fsync: 'flush',
};


/***/ }),

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   c5: () => (/* binding */ siblingSize),
/* harmony export */   dA: () => (/* binding */ quantizations),
/* harmony export */   uS: () => (/* binding */ sanitizeHfInfo)
/* harmony export */ });
/* unused harmony export ggufFiles */
/* harmony import */ var _bounds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8630);
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9285);
/** The parts of HuggingFace Hub's model API the toolkit reads (shape: local-models.md section 2). */


/** The .gguf files of a repo. */
function ggufFiles(info) {
    return (info.siblings ?? []).filter((s) => s.rfilename.endsWith('.gguf'));
}
/** Distinct quantizations among a repo's .gguf files. */
function quantizations(info) {
    const qs = new Set();
    for (const s of ggufFiles(info)) {
        const q = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .quantFromFileName */ .fX)(s.rfilename);
        if (q)
            qs.add(q);
    }
    return [...qs].sort();
}
/** A sibling's size in bytes, from blobs=true metadata. */
function siblingSize(s) {
    return s.lfs?.size ?? s.size;
}
/** The licence a repo declares: cardData.license, else a `license:` tag (there is no top-level field). */
function licenseOf(info) {
    const card = info.cardData?.license;
    if (typeof card === 'string')
        return card;
    return info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
}
const GATED = new Set([false, 'auto', 'manual']);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * A Hub model description checked for shape before any rule reads it. Parts that only add detail
 * (a sibling that is not a file entry, a tag that is not a string, a size of the wrong type) are
 * dropped; parts whose loss would change a verdict (the file list, the gating, the downloads,
 * the id) refuse the whole answer: "upstream answer malformed", the check did not run.
 */
function sanitizeHfInfo(raw) {
    const bad = (problem) => ({ ok: false, problem: `upstream answer malformed: ${problem}` });
    if (!isObject(raw))
        return bad('not a JSON object');
    if (typeof raw.id !== 'string' || raw.id.length > 300)
        return bad('"id" is not a repository id');
    const info = { id: raw.id };
    const str = (k) => {
        if (typeof raw[k] === 'string')
            info[k] = raw[k];
    };
    str('sha');
    str('lastModified');
    str('createdAt');
    str('pipeline_tag');
    if (typeof raw.private === 'boolean')
        info.private = raw.private;
    if (typeof raw.disabled === 'boolean')
        info.disabled = raw.disabled;
    if (raw.gated !== undefined) {
        if (!GATED.has(raw.gated))
            return bad(`"gated" is ${JSON.stringify(raw.gated)?.slice(0, 40)}, not false, "auto" or "manual"`);
        info.gated = raw.gated;
    }
    for (const k of ['downloads', 'likes']) {
        if (raw[k] === undefined)
            continue;
        const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw[k], Number.MAX_SAFE_INTEGER);
        if (n === undefined)
            return bad(`"${k}" is ${JSON.stringify(raw[k])?.slice(0, 40)}, not a whole number from 0`);
        info[k] = n;
    }
    if (typeof raw.trendingScore === 'number' && Number.isFinite(raw.trendingScore))
        info.trendingScore = raw.trendingScore;
    if (Array.isArray(raw.tags))
        info.tags = raw.tags.filter((t) => typeof t === 'string');
    if (isObject(raw.cardData))
        info.cardData = typeof raw.cardData.license === 'string' ? { license: raw.cardData.license } : {};
    if (raw.gguf !== undefined && isObject(raw.gguf)) {
        const g = {};
        if (raw.gguf.total !== undefined) {
            const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw.gguf.total, Number.MAX_SAFE_INTEGER);
            if (n === undefined)
                return bad('"gguf.total" is not a whole number from 0');
            g.total = n;
        }
        if (typeof raw.gguf.architecture === 'string')
            g.architecture = raw.gguf.architecture;
        if (raw.gguf.context_length !== undefined) {
            const n = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(raw.gguf.context_length, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TOKENS */ .S0, 1);
            if (n === undefined)
                return bad(`"gguf.context_length" is ${JSON.stringify(raw.gguf.context_length)?.slice(0, 40)}, not a whole number from 1 to ${_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TOKENS */ .S0}`);
            g.context_length = n;
        }
        info.gguf = g;
    }
    if (raw.siblings !== undefined) {
        if (!Array.isArray(raw.siblings))
            return bad('"siblings" is not a list of files');
        const out = [];
        for (const s of raw.siblings) {
            if (!isObject(s) || typeof s.rfilename !== 'string')
                continue;
            const sib = { rfilename: s.rfilename };
            const size = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(s.size, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FILE_BYTES */ .gZ);
            if (size !== undefined)
                sib.size = size;
            if (isObject(s.lfs)) {
                const lfs = {};
                if (typeof s.lfs.sha256 === 'string' && /^[0-9a-f]{64}$/.test(s.lfs.sha256))
                    lfs.sha256 = s.lfs.sha256;
                const lsize = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(s.lfs.size, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FILE_BYTES */ .gZ);
                if (lsize !== undefined)
                    lfs.size = lsize;
                sib.lfs = lfs;
            }
            out.push(sib);
        }
        info.siblings = out;
    }
    return { ok: true, info };
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ POLICY_FILE),
/* harmony export */   L3: () => (/* binding */ triggerPaths),
/* harmony export */   kp: () => (/* binding */ roleOf),
/* harmony export */   tD: () => (/* binding */ POLICY_SCHEMA)
/* harmony export */ });
/* unused harmony exports DEFAULT_LAYOUT, isModelPath, modelFolders */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3054);
/**
 * Where things are in a store repository, and what a path is: the one classifier every
 * reader (disk, git index, pull request) and every door uses.
 */

/** The curation policy's file name at a store repository's root, and its schema's. */
const POLICY_FILE = 'curation.config.json';
const POLICY_SCHEMA = 'policy.schema.json';
const DEFAULT_LAYOUT = Object.freeze({ store: 'model-store', schemas: 'schemas', policy: POLICY_FILE });
/**
 * A path's role. Model files are exactly `<store>/<kind>/<name>.json`, the files the store
 * reader reads; anything else under the store (its README, a nested folder) is not a model.
 */
function roleOf(path, layout) {
    if (path === layout.policy)
        return POLICY;
    const { modelDirs, schemas } = prefixesOf(layout);
    // Readers classify every path of the index (10,000 at a time): no string is built per call.
    if (path.endsWith('.json')) {
        for (let i = 0; i < modelDirs.length; i++) {
            const dir = modelDirs[i];
            if (path.startsWith(dir) && path.indexOf('/', dir.length) < 0)
                return MODEL[i];
        }
    }
    if (path.startsWith(schemas) && path.endsWith('.schema.json') && path.indexOf('/', schemas.length) < 0)
        return SCHEMA;
    return OTHER;
}
const POLICY = Object.freeze({ role: 'policy' });
const SCHEMA = Object.freeze({ role: 'schema' });
const OTHER = Object.freeze({ role: 'other' });
const MODEL = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => Object.freeze({ role: 'model', kind }));
/** The prefixes of a layout, made once per layout (and again if its folders are changed). */
const prefixes = new WeakMap();
function prefixesOf(layout) {
    let p = prefixes.get(layout);
    if (!p || p.store !== layout.store || p.schemasDir !== layout.schemas) {
        p = { store: layout.store, schemasDir: layout.schemas, modelDirs: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((kind) => `${prefix(layout.store)}${kind}/`), schemas: prefix(layout.schemas) };
        prefixes.set(layout, p);
    }
    return p;
}
function isModelPath(path, layout) {
    return roleOf(path, layout).role === 'model';
}
function prefix(dir) {
    return dir === '' || dir === '.' ? '' : `${dir}/`;
}
/** The folders that hold model files. */
function modelFolders(layout) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G.map((k) => `${prefix(layout.store)}${k}`);
}
/** The pathspecs that hold everything `roleOf` cares about (readers ask git about nothing else). */
function triggerPaths(layout) {
    return [...modelFolders(layout), layout.schemas === '' ? '.' : layout.schemas, layout.policy];
}


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ formatPrice),
/* harmony export */   Gx: () => (/* binding */ providerModels),
/* harmony export */   SI: () => (/* binding */ perMillion),
/* harmony export */   Sb: () => (/* binding */ lookupLiteLLM),
/* harmony export */   _O: () => (/* binding */ listView),
/* harmony export */   qo: () => (/* binding */ asLiteLLMList)
/* harmony export */ });
/* unused harmony exports litellmName, capabilitiesOf */
/* harmony import */ var _bounds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8630);
/**
 * LiteLLM's model price and context window list, as upstream facts for cloud models.
 * OpenAI and Anthropic models are keyed without their provider prefix there
 * ("gpt-5-2025-08-07"), others with it ("gemini/gemini-2.5-pro"): lookups try both.
 */

/**
 * Keeps only object entries (drops `sample_spec`'s documentation strings and anything malformed),
 * each checked for shape: a token count or a cost of the wrong type or out of range (negative,
 * a string, 1e309 read as Infinity) is dropped from its entry, so no rule compares it and no
 * issue prints it; the entry's other facts still serve. Keys are data: the list has no prototype.
 *
 * Entries are checked when first read: a check reads the few entries its cloud models name, and
 * checking all 2,600 up front cost more than parsing the list (a view, not a copy).
 */
function asLiteLLMList(raw) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return Object.create(null);
    const source = raw;
    const checked = new Map();
    const entry = (key) => {
        if (typeof key !== 'string' || key === 'sample_spec' || !Object.hasOwn(source, key))
            return undefined;
        if (checked.has(key))
            return checked.get(key);
        const v = source[key];
        const e = v && typeof v === 'object' && !Array.isArray(v) ? sanitizeEntry(v) : undefined;
        checked.set(key, e);
        return e;
    };
    const valid = (key) => {
        const v = key === 'sample_spec' ? undefined : source[key];
        return Boolean(v) && typeof v === 'object' && !Array.isArray(v);
    };
    return listView(entry, () => Object.keys(source).filter(valid));
}
/**
 * A read-only list whose entries are `entry(key)` and whose keys are `keys()`. The target is an
 * empty object without a prototype: every answer comes from the traps.
 */
function listView(entry, keys) {
    return new Proxy(Object.create(null), {
        get: (_, key) => entry(key),
        has: (_, key) => entry(key) !== undefined,
        ownKeys: keys,
        getOwnPropertyDescriptor: (_, key) => {
            const value = entry(key);
            return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true };
        },
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    });
}
const TEXT_FIELDS = new Set(['litellm_provider', 'mode', 'deprecation_date']);
/** The list has a few hundred distinct field names over thousands of entries: each is classified once. */
const fieldKinds = new Map();
function fieldKind(field) {
    let k = fieldKinds.get(field);
    if (k === undefined) {
        k = TEXT_FIELDS.has(field) ? 'text' : /^max_[a-z_]*tokens$/.test(field) ? 'tokens' : /cost_per_/.test(field) ? (field.endsWith('_token') ? 'cost-per-token' : 'cost') : 'other';
        if (fieldKinds.size < 10_000)
            fieldKinds.set(field, k);
    }
    return k;
}
/**
 * The entry as the rules may read it. Rules read fixed field names only, so an entry whose every
 * fact passes is served as parsed: copying 2,600 entries (or one per model of a large store) into
 * prototype-less objects cost more than parsing the list. An entry with a bad fact is copied
 * without it.
 */
function sanitizeEntry(v) {
    const fields = Object.keys(v);
    let clean = true;
    for (let i = 0; i < fields.length && clean; i++)
        clean = checked(fields[i], v[fields[i]]) === v[fields[i]];
    if (clean)
        return v;
    const e = Object.create(null);
    for (const field of fields) {
        const value = checked(field, v[field]);
        if (value !== undefined)
            e[field] = value;
    }
    return e;
}
/** The value as a rule may read it, or undefined: a token count or cost out of range, an overlong text. */
function checked(field, value) {
    const kind = fieldKind(field);
    if (kind === 'text')
        return typeof value === 'string' && value.length <= 200 ? value : undefined;
    if (kind === 'tokens')
        return (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedInt */ .dH)(value, _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TOKENS */ .S0);
    // costs per token, per second, per image...: a number from 0; per token at most MAX_COST_PER_TOKEN
    if ((kind === 'cost-per-token' || kind === 'cost') && typeof value !== 'object')
        return (0,_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedNumber */ .Xo)(value, kind === 'cost-per-token' ? _bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COST_PER_TOKEN */ .zR : Number.MAX_VALUE);
    return value;
}
/** The entry a LiteLLM model name (`provider/model`) routes to, if the list has it. */
function lookupLiteLLM(list, name) {
    if (Object.hasOwn(list, name))
        return { key: name, entry: list[name] };
    const slash = name.indexOf('/');
    if (slash <= 0)
        return undefined;
    const provider = name.slice(0, slash);
    const bare = name.slice(slash + 1);
    if (Object.hasOwn(list, bare) && list[bare].litellm_provider === provider)
        return { key: bare, entry: list[bare] };
    return undefined;
}
/** The routable name of a list key: `provider/key` unless the key already carries the prefix. */
function litellmName(key, entry) {
    const p = entry.litellm_provider;
    return p && !key.startsWith(`${p}/`) ? `${p}/${key}` : key;
}
/** Every chat-capable model LiteLLM lists for a provider, as routable names. */
function providerModels(list, provider) {
    return Object.entries(list)
        .filter(([, e]) => e.litellm_provider === provider && (e.mode === undefined || e.mode === 'chat' || e.mode === 'responses'))
        .map(([key, entry]) => ({ name: litellmName(key, entry), key, entry }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Per-token cost -> per-1M price, rounded to kill float noise (1.25e-06 * 1e6 = 1.2499999999999998). */
function perMillion(costPerToken) {
    return typeof costPerToken === 'number' && Number.isFinite(costPerToken) ? Math.round(costPerToken * 1e6 * 1e6) / 1e6 : undefined;
}
/** The human price form the store uses: 1.25 -> "$1.25", 10 -> "$10.00", 0.05 -> "$0.05". */
function formatPrice(perM) {
    const s = perM.toFixed(Math.max(2, (perM.toString().split('.')[1] ?? '').length));
    return `$${s}`;
}
/** Capabilities the list's supports_* flags state, in the store's vocabulary. */
function capabilitiesOf(entry) {
    const caps = [];
    if (entry.mode === 'chat' || entry.mode === 'responses')
        caps.push('chat');
    const flag = (f) => entry[f] === true;
    if (flag('supports_vision'))
        caps.push('vision');
    if (flag('supports_reasoning'))
        caps.push('reasoning');
    if (flag('supports_function_calling'))
        caps.push('tools');
    if (flag('supports_response_schema'))
        caps.push('structured-output');
    if (flag('supports_web_search'))
        caps.push('web-search');
    if (flag('supports_prompt_caching'))
        caps.push('prompt-caching');
    if (flag('supports_audio_input') || flag('supports_audio_output'))
        caps.push('audio');
    if (flag('supports_pdf_input') || (caps.includes('vision') && caps.includes('audio')))
        caps.push('multimodal');
    if (entry.mode === 'embedding')
        caps.push('embeddings');
    return caps;
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ Locator),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   qe: () => (/* binding */ locatorFor)
/* harmony export */ });
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8414);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
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

/***/ 6655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ limitsOf),
/* harmony export */   sB: () => (/* binding */ compareLimits)
/* harmony export */ });
/* unused harmony exports upstreamLimitsOf, limitsFromUpstream */
function positive(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}
/** The limits a model file records (fields of the wrong type read as absent: the schema reports them). */
function limitsOf(data) {
    const window = positive(data.context_window);
    return { window, input: positive(data.max_input) ?? window, output: positive(data.max_output) };
}
/** The limits LiteLLM's entry records: its input cap and its output cap. */
function upstreamLimitsOf(entry) {
    return { input: positive(entry.max_input_tokens), output: positive(entry.max_output_tokens) };
}
/**
 * Where a model's limits and LiteLLM's entry disagree: the input limit against
 * `max_input_tokens`, the output limit against `max_output_tokens`. A limit either side
 * leaves out is not compared.
 */
function compareLimits(data, entry) {
    const ours = limitsOf(data);
    const theirs = upstreamLimitsOf(entry);
    const out = [];
    if (ours.input !== undefined && theirs.input !== undefined && ours.input !== theirs.input)
        out.push({ field: positive(data.max_input) !== undefined ? 'max_input' : 'context_window', ours: ours.input, theirs: theirs.input });
    if (ours.output !== undefined && theirs.output !== undefined && ours.output !== theirs.output)
        out.push({ field: 'max_output', ours: ours.output, theirs: theirs.output });
    return out;
}
/**
 * The limits a new file can take from LiteLLM's entry (the scaffolder's prefill). The list
 * records the input cap, never the whole window, so the input cap is the window's best
 * figure: it agrees with compareLimits. When the provider documents a larger whole window
 * (OpenAI's gpt-5: 400,000 with 272,000 input), the curator enters it and keeps the cap as max_input.
 */
function limitsFromUpstream(entry) {
    const { input, output } = upstreamLimitsOf(entry);
    return { context_window: input, max_output: output !== undefined && input !== undefined && output > input ? undefined : output };
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ parseModelUri),
/* harmony export */   fX: () => (/* binding */ quantFromFileName),
/* harmony export */   hY: () => (/* binding */ normalizeModelUri),
/* harmony export */   wq: () => (/* binding */ shardFiles)
/* harmony export */ });
/**
 * The grammar of `model_uri`: huggingface://<org>/<repo>/<path>.gguf (hf:// is an alias).
 * A strict subset of what ramalama and llama-server accept (see render-targets.md section 4):
 * no '..', no spaces, no ':', and a split model names its first shard.
 */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*)$/;
const SHARD = /-(\d{5})-of-(\d{5})\.gguf$/;
/**
 * Several rules parse each local model's URI: a store's URIs are parsed once (the results are
 * frozen, so sharing them is safe), in a table cleared when it grows past a big store's size.
 */
const parsed = new Map();
function parseModelUri(value) {
    let r = parsed.get(value);
    if (r === undefined) {
        if (parsed.size >= 200_000)
            parsed.clear();
        parsed.set(value, (r = deepFreeze(parseUri(value))));
    }
    return r;
}
function deepFreeze(o) {
    for (const v of Object.values(o))
        if (v && typeof v === 'object')
            deepFreeze(v);
    return Object.freeze(o);
}
function parseUri(value) {
    const bad = (problem, hint = 'Use huggingface://<org>/<repo>/<file>.gguf, e.g. huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf.') => ({ ok: false, problem, hint });
    const m = /^(huggingface|hf):\/\/(.*)$/.exec(value);
    if (!m)
        return bad('does not start with huggingface:// (or hf://)');
    const rest = m[2];
    if (/[\s\u0000-\u001f\u007f]/.test(rest))
        return bad('contains whitespace or a control character');
    if (rest.includes(':'))
        return bad('contains ":" (ramalama reads it as a quant tag)', 'Name the file instead of a tag: huggingface://<org>/<repo>/<file>.gguf.');
    if (rest.includes('\\'))
        return bad('contains a backslash');
    if (rest.includes('?') || rest.includes('#') || rest.includes('%'))
        return bad('contains "?", "#" or "%"', 'Give the plain path of the file in the repository, without query, fragment or escapes.');
    const parts = rest.split('/');
    if (parts.some((p) => p === '..' || p === '.'))
        return bad('contains a "." or ".." path segment');
    if (parts.length < 3)
        return bad('names no file: expected <org>/<repo>/<file>.gguf');
    const [org, repo, ...path] = parts;
    if (!NAME.test(org) || org.includes('..'))
        return bad(`has an invalid organisation "${org}"`);
    if (!NAME.test(repo) || repo.includes('..'))
        return bad(`has an invalid repository name "${repo}"`);
    if (path.some((p) => !SEGMENT.test(p)))
        return bad('has an empty or invalid path segment');
    const file = path.join('/');
    if (!file.endsWith('.gguf'))
        return bad('does not name a .gguf file', 'Local models are GGUF files: the path ends in .gguf.');
    const uri = { scheme: m[1], org, repo, repoId: `${org}/${repo}`, file };
    const s = SHARD.exec(file);
    if (s) {
        uri.shard = { index: Number(s[1]), total: Number(s[2]) };
        if (uri.shard.index !== 1)
            return bad(`names shard ${uri.shard.index} of ${uri.shard.total}`, 'Point at shard 1 (-00001-of-…): llama.cpp finds the other shards beside it.');
        if (uri.shard.total < 2)
            return bad('names a split file of a single shard');
    }
    return { ok: true, uri };
}
/** Every shard file name of a split model (or just the file). */
function shardFiles(uri) {
    if (!uri.shard)
        return [uri.file];
    const total = uri.shard.total;
    return Array.from({ length: total }, (_, i) => uri.file.replace(SHARD, `-${String(i + 1).padStart(5, '0')}-of-${String(total).padStart(5, '0')}.gguf`));
}
const QUANT = /(?:^|[^A-Za-z0-9])(IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K_XL|Q[2-8]_K(?:_[SML])?|Q[4-8]_[01]|TQ[12]_0|BF16|F16|F32|MXFP4)(?=$|[^A-Za-z0-9])/i;
/** The quantization a GGUF file name states (upper-cased), if it states one. */
function quantFromFileName(file) {
    const base = file.split('/').pop() ?? file;
    return QUANT.exec(base)?.[1].toUpperCase();
}
/** Same target, whatever the alias or case: hf:// and huggingface:// name the same file. */
function normalizeModelUri(value) {
    return value.replace(/^(huggingface|hf):\/\//, 'hf://').toLowerCase();
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ tally),
/* harmony export */   Z: () => (/* binding */ own)
/* harmony export */ });
/**
 * Keys are data. A name a user controls (`constructor`, `__proto__`, `toString`) read from a plain
 * object finds Object.prototype's members; these read and count own properties only.
 */
/** `obj[key]` when `obj` has it as its own property, else undefined. */
function own(obj, key) {
    return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
/** Counts of each key, in key order, as a plain object built with own properties only. */
function tally(keys) {
    const t = new Map();
    for (const k of keys)
        t.set(k, (t.get(k) ?? 0) + 1);
    return Object.fromEntries([...t].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* reexport safe */ _depth_js__WEBPACK_IMPORTED_MODULE_2__.U2),
/* harmony export */   ex: () => (/* binding */ parseModelText),
/* harmony export */   xP: () => (/* binding */ JSON_SYNTAX)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _depth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8414);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2617);
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

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ changedHashes),
/* harmony export */   W0: () => (/* binding */ pinShapeProblem),
/* harmony export */   aV: () => (/* binding */ pinnedRevision),
/* harmony export */   qu: () => (/* binding */ revisionsToCheck)
/* harmony export */ });
/* unused harmony exports pinnedHashes, hubHashes, pinsFromHub */
/* harmony import */ var _model_uri_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9285);

const HEX64 = /^[0-9a-f]{64}$/;
const HEX40 = /^[0-9a-f]{40}$/;
/** The hashes a file records, one per shard in shard order ("sha256" is a string for one file). */
function pinnedHashes(data) {
    const v = data.sha256;
    if (typeof v === 'string')
        return HEX64.test(v) ? [v] : undefined;
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && HEX64.test(x)))
        return v;
    return undefined;
}
function pinnedRevision(data) {
    return typeof data.revision === 'string' && HEX40.test(data.revision) ? data.revision : undefined;
}
/** The Hub's sha256 of each shard (blobs=true), undefined for a shard it gives none for. */
function hubHashes(info, uri) {
    const byName = new Map((info.siblings ?? []).map((s) => [s.rfilename, s]));
    return (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri).map((f) => {
        const h = byName.get(f)?.lfs?.sha256;
        return typeof h === 'string' && HEX64.test(h.toLowerCase()) ? h.toLowerCase() : undefined;
    });
}
/** A pin that cannot match the file it names: as many hashes as shards, or it pins nothing. */
function pinShapeProblem(data, uri) {
    const hashes = pinnedHashes(data);
    const shards = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri).length;
    if (hashes && hashes.length !== shards)
        return `sha256 lists ${hashes.length} hash${hashes.length === 1 ? '' : 'es'} for ${shards} file${shards === 1 ? '' : 's'}: give one per shard, in shard order`;
    return undefined;
}
/** The shards whose recorded hash differs from the Hub's (a shard the Hub gives no hash for is not compared). */
function changedHashes(data, info, uri) {
    const ours = pinnedHashes(data);
    if (!ours)
        return [];
    const files = (0,_model_uri_js__WEBPACK_IMPORTED_MODULE_0__/* .shardFiles */ .wq)(uri);
    const theirs = hubHashes(info, uri);
    const out = [];
    files.forEach((file, i) => {
        const t = theirs[i];
        if (ours[i] !== undefined && t !== undefined && ours[i] !== t)
            out.push({ file, ours: ours[i], theirs: t });
    });
    return out;
}
/** What `add --online` pins from the Hub's answer: every shard's hash (when the Hub gives all) and the revision it describes. */
function pinsFromHub(info, uri) {
    const hashes = hubHashes(info, uri);
    const out = {};
    if (hashes.every((h) => h !== undefined))
        out.sha256 = hashes.length === 1 ? hashes[0] : hashes;
    if (typeof info.sha === 'string' && HEX40.test(info.sha))
        out.revision = info.sha;
    return out;
}
/** The revisions the store's local models pin, by repository (for the I/O layer to ask about). */
function revisionsToCheck(entries, repoOf) {
    const out = new Map();
    for (const e of entries) {
        if (e.kind !== 'local')
            continue;
        const rev = pinnedRevision(e.data);
        const repo = rev ? repoOf(e.data) : undefined;
        if (!rev || !repo)
            continue;
        const list = out.get(repo) ?? [];
        if (!list.includes(rev))
            list.push(rev);
        out.set(repo, list);
    }
    return out;
}


/***/ }),

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zj: () => (/* binding */ DEFAULT_POLICY),
  y7: () => (/* binding */ POLICY_RULE),
  d_: () => (/* binding */ UNUSED_EXCEPTION),
  C_: () => (/* binding */ compilePolicy),
  U9: () => (/* binding */ policyFinding),
  T4: () => (/* binding */ readPolicy)
});

// UNUSED EXPORTS: mergePolicy

// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __nccwpck_require__(1896);
// EXTERNAL MODULE: ./src/core/locate.ts
var locate = __nccwpck_require__(2617);
;// CONCATENATED MODULE: ./src/core/providers.ts
/**
 * Providers the store knows, with the environment variable each one's API key lives in
 * (LiteLLM's own names for them). The curation policy can extend or narrow this list.
 */
const KNOWN_PROVIDERS = {
    openai: 'OPENAI_API_KEY',
    anthropic: 'ANTHROPIC_API_KEY',
    gemini: 'GEMINI_API_KEY',
    openrouter: 'OPENROUTER_API_KEY',
    groq: 'GROQ_API_KEY',
    xai: 'XAI_API_KEY',
    mistral: 'MISTRAL_API_KEY',
    deepseek: 'DEEPSEEK_API_KEY',
};

;// CONCATENATED MODULE: ./src/core/regex-safety.ts
/**
 * A conservative static screen for regular expressions that can backtrack catastrophically
 * (a policy, which a pull request can bring, supplies them, and JavaScript's engine has no time
 * limit): a group repeated without bound (`*`, `+`, `{n,}`) that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|a)*`, `(\w+\s?)*`), and backreferences. Some safe patterns are refused
 * too; a policy's patterns are short words, so that costs nothing.
 */
/** The longest pattern a policy may hold, and the longest text one is tested on. */
const MAX_PATTERN_LENGTH = 200;
const MAX_TESTED_LENGTH = 500;
/** Why the pattern is refused, or undefined when it passes the screen. */
function backtrackingRisk(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
    const groups = [{ risky: false }];
    let lastGroupRisky = false; // the group that just closed held a quantifier or an alternation
    let afterGroup = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const top = groups[groups.length - 1];
        if (c === '\\') {
            const next = pattern[i + 1] ?? '';
            if (/[1-9k]/.test(next))
                return 'it uses a backreference';
            i++;
            afterGroup = false;
            continue;
        }
        if (c === '[') {
            // a character class: skip to its end
            for (i++; i < pattern.length && pattern[i] !== ']'; i++)
                if (pattern[i] === '\\')
                    i++;
            afterGroup = false;
            continue;
        }
        if (c === '(') {
            groups.push({ risky: false });
            afterGroup = false;
            continue;
        }
        if (c === ')') {
            const closed = groups.length > 1 ? groups.pop() : { risky: false };
            lastGroupRisky = closed.risky;
            // what a group holds, its parent holds
            if (closed.risky)
                groups[groups.length - 1].risky = true;
            afterGroup = true;
            continue;
        }
        if (c === '|') {
            top.risky = true;
            afterGroup = false;
            continue;
        }
        const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(pattern.slice(i)));
        const bounded = c === '?' || (c === '{' && /^\{\d+(,\d+)?\}/.test(pattern.slice(i)));
        if (unbounded || bounded) {
            if (unbounded && afterGroup && lastGroupRisky)
                return 'a group that holds a quantifier or an alternation is repeated without bound (e.g. (a+)+ or (a|b)*), which can take exponential time';
            if (unbounded)
                top.risky = true;
            if (c === '{')
                i = pattern.indexOf('}', i);
            afterGroup = false;
            continue;
        }
        afterGroup = false;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: ./src/core/environ-refs.ts
var environ_refs = __nccwpck_require__(9221);
// EXTERNAL MODULE: ./src/core/layout.ts
var layout = __nccwpck_require__(6585);
// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __nccwpck_require__(2032);
;// CONCATENATED MODULE: ./src/core/policy.ts
/**
 * The curation policy: what the quality rules accept, configurable without code
 * (curation.config.json at the repo root, validated by schemas/policy.schema.json).
 *
 * Merge rules, explicit and shallow: `thresholds` and `severity` merge field by field over
 * the built-in defaults (so a store can move one threshold); every other key, when present,
 * replaces its default whole (so a store can narrow the providers or licences).
 */








/** The rule id of findings about the policy file itself. */
const POLICY_RULE = 'policy';
const UNUSED_EXCEPTION = 'policy/unused-exception';
/**
 * Licences HuggingFace names that let anyone run the weights locally: the permissive ones
 * and the model makers' community licences of the established families.
 */
const DEFAULT_LICENSES = ['apache-2.0', 'mit', 'bsd-3-clause', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'cc-by-4.0'];
const DEFAULT_POLICY = Object.freeze({
    providers: Object.fromEntries(Object.entries(KNOWN_PROVIDERS).map(([p, env]) => [p, { api_key_env: env }])),
    licenses: DEFAULT_LICENSES,
    thresholds: { min_downloads: 1000, min_quantizations: 2, ram_min_gb: 1, ram_max_gb: 128, stale_after_days: 180 },
    // Word-bounded so "expert" or "betamax" do not match; "-latest" is a moving alias, not a model.
    preview_patterns: ['\\bpreview\\b', '\\bbeta\\b', '\\balpha\\b', '\\bexp(erimental)?\\b', '-latest\\b'],
    allow: { providers: [], ids: [] },
    deny: { providers: [], ids: [] },
    severity: {},
    exceptions: [],
});
/** Reads a policy file's text: findings for what is wrong, and the defaults where it is unusable. */
function readPolicy(file, schemas) {
    const parsed = (0,parse/* parseModelText */.ex)(file.path, file.text);
    if (!parsed.ok) {
        const f = parsed.finding;
        return { policy: DEFAULT_POLICY, findings: [{ ...f, rule: POLICY_RULE, hint: 'The curation policy is strict JSON; until it parses, the built-in defaults apply.' }] };
    }
    const errors = schemas.errors(layout/* POLICY_SCHEMA */.tD, parsed.data);
    if (errors.length) {
        const findings = (0,schema/* schemaFindings */.I$)({ kind: 'cloud', path: file.path, text: file.text }, schemas, layout/* POLICY_SCHEMA */.tD, errors).map((f) => ({ ...f, rule: POLICY_RULE }));
        return { policy: DEFAULT_POLICY, findings };
    }
    const policy = mergePolicy(parsed.data, file);
    return { policy, findings: patternFindings(policy) };
}
/** The defaults with a (schema-valid) policy document laid over them. */
function mergePolicy(doc, origin) {
    const d = DEFAULT_POLICY;
    const filter = (f, def) => (f ? { providers: f.providers ?? [], ids: f.ids ?? [] } : def);
    return {
        providers: doc.providers ?? d.providers,
        licenses: doc.licenses ?? d.licenses,
        thresholds: { ...d.thresholds, ...doc.thresholds },
        preview_patterns: doc.preview_patterns ?? d.preview_patterns,
        allow: filter(doc.allow, d.allow),
        deny: filter(doc.deny, d.deny),
        severity: { ...d.severity, ...doc.severity },
        exceptions: doc.exceptions ?? d.exceptions,
        origin,
    };
}
function patternFindings(policy) {
    const out = [];
    policy.preview_patterns.forEach((p, i) => {
        try {
            new RegExp(p, 'i');
            const risk = backtrackingRisk(p);
            if (risk)
                out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${(0,core_text/* quote */.hD)(p)} is refused: ${risk}`, 'Write a plain pattern of words and anchors (e.g. "\\\\bpreview\\\\b"); the pattern is not used.', 'value'));
        }
        catch (err) {
            out.push(policyFinding(policy, 'error', ['preview_patterns', i], `preview pattern ${JSON.stringify(p)} is not a valid regular expression: ${err.message}`, 'Write a JavaScript regular expression; escape backslashes in JSON ("\\\\b").', 'value'));
        }
    });
    for (const [provider, entry] of Object.entries(policy.providers))
        if (environ_refs/* RESERVED_ENV */.Tn.has(entry.api_key_env))
            out.push(policyFinding(policy, 'error', ['providers', provider, 'api_key_env'], `provider "${provider}" reads its key from ${entry.api_key_env}, a variable of the deployment itself`, "Name the provider's own key variable (e.g. OPENAI_API_KEY): this one holds the proxy's own setting.", 'value'));
    const t = policy.thresholds;
    if (t.ram_min_gb > t.ram_max_gb)
        out.push(policyFinding(policy, 'error', ['thresholds', 'ram_min_gb'], `thresholds.ram_min_gb ${t.ram_min_gb} is above ram_max_gb ${t.ram_max_gb}`, 'No model could pass: swap the two.', 'value'));
    return out;
}
/** A finding on a field of the policy file (at line 1 when the policy is the built-in one). */
function policyFinding(policy, severity, path, message, hint, at = 'key') {
    const origin = policy.origin;
    if (!origin)
        return { rule: POLICY_RULE, severity, file: layout/* POLICY_FILE */.CX, message, hint };
    const pos = (0,locate/* locatorFor */.qe)(origin).at(path, at);
    return { rule: POLICY_RULE, severity, file: origin.path, line: pos.line, column: pos.column, message, hint };
}
const compiled = new WeakMap();
function compilePolicy(policy) {
    const hit = compiled.get(policy);
    if (hit)
        return hit;
    const previews = [];
    for (const p of policy.preview_patterns) {
        // A pattern that could backtrack without bound is never run (readPolicy reports it).
        if (backtrackingRisk(p))
            continue;
        try {
            previews.push({ re: new RegExp(p, 'i'), source: p });
        }
        catch {
            // reported by readPolicy; an invalid pattern matches nothing
        }
    }
    const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
    const denyProviders = lower(policy.deny.providers);
    const allowProviders = lower(policy.allow.providers);
    const denyIds = policy.deny.ids.map(glob);
    const allowIds = policy.allow.ids.map(glob);
    const allowAny = allowProviders.size > 0 || allowIds.length > 0;
    const c = {
        policy,
        preview: (text) => {
            const bounded = text.slice(0, MAX_TESTED_LENGTH);
            return previews.find((p) => p.re.test(bounded))?.source;
        },
        refusal(id, provider) {
            const prov = provider?.toLowerCase();
            if (prov && denyProviders.has(prov))
                return `provider "${provider}" is on the policy's deny list`;
            const denied = denyIds.find((g) => g.re.test(id));
            if (denied)
                return `id matches "${denied.source}" on the policy's deny list`;
            if (allowAny && !(prov && allowProviders.has(prov)) && !allowIds.some((g) => g.re.test(id)))
                return 'the policy has an allow list and this model is not on it';
            return undefined;
        },
        licenses: lower(policy.licenses),
    };
    compiled.set(policy, c);
    return c;
}
/** A glob of ids: `*` matches any run of characters; everything else is literal. */
function glob(pattern) {
    const body = pattern
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return { re: new RegExp(`^${body}$`, 'i'), source: pattern };
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findingAt)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2617);

/** A finding on a field of a model file, at its key or value. */
function findingAt(entry, rule, severity, path, message, options = {}) {
    const pos = (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locatorFor */ .qe)(entry.file).at(path, options.at ?? 'key');
    return { rule, severity: options.severity ?? severity, file: entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint };
}


/***/ }),

/***/ 2032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ schemaFindings),
/* harmony export */   ny: () => (/* binding */ Schemas),
/* harmony export */   su: () => (/* binding */ isPrebuilt),
/* harmony export */   yx: () => (/* binding */ SCHEMA)
/* harmony export */ });
/* unused harmony exports schemasHash, fieldName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2899);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2617);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2020);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6207);
/**
 * JSON Schema validation with ajv (draft 2020-12, strict, allErrors), and the mapping of
 * ajv's errors to findings that point at the offending key or value.
 */






const SCHEMA = 'schema';
/** The hash gen-validators.mjs gives a set of schema documents. */
function schemasHash(docs) {
    const sorted = Object.keys(docs)
        .sort()
        .map((k) => [k, docs[k]]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(sorted)).digest('hex');
}
const prebuiltDocs = new WeakMap();
/** Whether these are exactly the schemas the build's standalone validators were made from (hashed once per set). */
function isPrebuilt(docs) {
    let yes = prebuiltDocs.get(docs);
    if (yes === undefined)
        prebuiltDocs.set(docs, (yes = schemasHash(docs) === _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_1__.__schemasHash));
    return yes;
}
class Schemas {
    docs;
    compiled = new Map();
    /** The validator of each schema when these are not the prebuilt schemas. */
    compile;
    /**
     * `checkSchemas: false` skips validating the schemas themselves against the draft 2020-12
     * meta-schema: compiling the meta-schema is most of the start-up cost, and the pre-commit hook
     * skips it when no schema is staged (strict mode still rejects unknown keywords at compile).
     * `compiler` is required unless the schemas are the prebuilt ones.
     */
    constructor(docs, options = {}) {
        this.docs = docs;
        if (isPrebuilt(docs))
            return;
        // A door that did not load the compiler for schemas that need one is a bug, not a user's mistake.
        if (!options.compiler)
            throw new Error('Schemas: these schemas are not the prebuilt ones, and no compiler was given');
        this.compile = options.compiler(docs, { checkSchemas: options.checkSchemas ?? true });
    }
    /** The validator for a schema file name: prebuilt, or compiled once on first use. */
    validator(name) {
        let v = this.compiled.get(name);
        if (!v) {
            const built = !this.compile && Object.hasOwn(_generated_validators_cjs__WEBPACK_IMPORTED_MODULE_1__, name) ? _generated_validators_cjs__WEBPACK_IMPORTED_MODULE_1__[name] : undefined;
            try {
                v = typeof built === 'function' ? built : this.compile?.(name);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`schema ${name} does not compile: ${err.message}`, { cause: err });
            }
            if (!v)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CurateError */ .nK(`schema ${name} is missing`, { hint: 'Point --schemas at the folder holding cloud.schema.json and local.schema.json.' });
            this.compiled.set(name, v);
        }
        return v;
    }
    /** Validates data; returns ajv's errors (empty when valid). */
    errors(name, data) {
        const v = this.validator(name);
        return v(data) ? [] : [...(v.errors ?? [])];
    }
    /**
     * The annotations (description, examples) of the field at `path`: the property's own, else
     * those of the definition it refers to. ajv's parentSchema is the innermost definition
     * (e.g. positiveInt), which knows nothing of what the field means.
     */
    annotations(name, path) {
        let schema = this.resolve(name, this.docs[name]);
        for (const seg of path) {
            const s = schema.node;
            const next = typeof seg === 'number' ? s?.items : ((0,_own_js__WEBPACK_IMPORTED_MODULE_5__/* .own */ .Z)(s?.properties, seg) ?? s?.additionalProperties);
            if (!next || typeof next !== 'object')
                return {};
            schema = this.resolve(schema.doc, next);
        }
        return schema.notes;
    }
    /** The enum of the field at `path` (e.g. pricing.tier's tiers), or undefined. */
    enumOf(name, path) {
        let schema = this.resolve(name, this.docs[name]);
        for (const seg of path) {
            const s = schema.node;
            const next = typeof seg === 'string' ? s?.properties?.[seg] : undefined;
            if (!next || typeof next !== 'object')
                return undefined;
            schema = this.resolve(schema.doc, next);
        }
        const values = schema.node?.enum;
        return Array.isArray(values) ? values : undefined;
    }
    resolve(doc, node) {
        const notes = {};
        for (let hops = 0; node && typeof node === 'object' && hops < 8; hops++) {
            const n = node;
            // The field's meaning first, then the form its definition demands.
            if (n.description)
                notes.description = notes.description ? `${notes.description}: ${n.description}` : n.description;
            notes.examples ??= n.examples;
            if (!n.$ref)
                break;
            const [file, pointer = ''] = n.$ref.split('#');
            if (file)
                doc = file;
            node = (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerToPath */ .ox)(pointer).reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), this.docs[doc]);
        }
        return { doc, node, notes };
    }
    /** Schema order of a schema's top-level properties: model files are written in this order. */
    keyOrder(name) {
        const doc = this.docs[name];
        return Object.keys(doc?.properties ?? {});
    }
}
/** Findings for one file's ajv errors, each at the line of the field it is about. */
function schemaFindings(file, schemas, schemaName, errors) {
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locatorFor */ .qe)(file);
    const seen = new Set();
    const out = [];
    for (const err of errors) {
        const described = describe(err, schemaName, (path) => hintFrom(schemas.annotations(schemaName, path)));
        if (!described)
            continue;
        const key = `${described.path.join('/')}|${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const pos = described.property !== undefined ? loc.keyOf(described.path, described.property) : loc.at(described.path, described.at);
        out.push({ rule: SCHEMA, severity: 'error', file: file.path, ...pos, message: described.message, hint: described.hint });
    }
    return out;
}
/** Field names as a reader writes them: pricing.input_per_1m, capabilities[2]. */
function fieldName(path) {
    return path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(top level)';
}
function hintFrom(schema) {
    if (!schema || typeof schema !== 'object')
        return undefined;
    const s = schema;
    const parts = [];
    if (s.description)
        parts.push(`Expected ${s.description}`);
    if (s.examples?.length)
        parts.push(`for example ${JSON.stringify(s.examples[0])}`);
    return parts.length ? parts.join('; ') + '.' : undefined;
}
function show(value) {
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function describe(err, schemaName, hintAt) {
    const path = (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerToPath */ .ox)(err.instancePath);
    const field = fieldName(path);
    const params = err.params;
    const parent = err.parentSchema;
    const fieldHint = () => hintAt(path) ?? hintFrom(parent);
    switch (err.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                path,
                at: 'key',
                message: `missing required property "${missing}"${path.length ? ` in ${field}` : ''}`,
                hint: hintAt([...path, missing]) ?? `Add "${missing}" (see schemas/${schemaName}).`,
            };
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            return { path, property: extra, at: 'key', message: `unknown property "${extra}"${path.length ? ` in ${field}` : ''}`, hint: unknownPropertyHint(parent, extra) };
        }
        case 'propertyNames':
            return undefined; // reported by its inner 'pattern' error, which names the property
        case 'pattern':
            if (params.propertyName !== undefined || err.propertyName !== undefined) {
                const name = String(err.propertyName ?? params.propertyName);
                return { path, property: name, at: 'key', message: `property name "${name}" in ${field} is not allowed`, hint: 'Names are lowercase letters, digits, "_", "." and "-", starting with a letter.' };
            }
            return { path, at: 'value', message: `${field} ${show(err.data)} is not in the expected form`, hint: fieldHint() };
        case 'type':
            return { path, at: 'value', message: `${field} must be ${article(String(params.type))}, got ${typeOf(err.data)}`, hint: fieldHint() };
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof err.data === 'string' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(err.data, allowed) : undefined;
            return {
                path,
                at: 'value',
                message: `${field} ${show(err.data)} is not one of: ${allowed.join(', ')}`,
                hint: guess ? `Did you mean "${guess}"?` : undefined,
            };
        }
        case 'format':
            return { path, at: 'value', message: `${field} ${show(err.data)} is not a valid ${params.format}`, hint: fieldHint() };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { path, at: 'value', message: `${field} must be ${params.comparison} ${params.limit}, got ${show(err.data)}`, hint: fieldHint() };
        case 'uniqueItems':
            return { path, at: 'value', message: `${field} has duplicate items (positions ${params.j} and ${params.i})` };
        case 'if':
            return undefined; // the failing 'then' branch reports the real problem
        default:
            return { path, at: 'value', message: `${field} ${err.message ?? 'is invalid'}`, hint: fieldHint() };
    }
}
/**
 * The hint for an unknown property: the closest allowed name, else the allowed names. Kept per
 * schema object and name: a store where every file carries the same stray key asks the same
 * question thousands of times, and the distances were most of such a check.
 */
const unknownHints = new WeakMap();
function unknownPropertyHint(parent, extra) {
    const byName = parent ? (unknownHints.get(parent) ?? new Map()) : new Map();
    if (parent && !unknownHints.has(parent))
        unknownHints.set(parent, byName);
    let hint = byName.get(extra);
    if (hint === undefined) {
        const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
        const guess = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(extra, known);
        hint = guess ? `Did you mean "${guess}"?` : `Allowed properties: ${known.join(', ')}.`;
        if (byName.size < 1000)
            byName.set(extra, hint);
    }
    return hint;
}
function article(type) {
    const t = type.replace(/,/g, ' or ');
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function typeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (Number.isInteger(v))
        return `the number ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'string')
        return `the string ${show(v)}`;
    return `${article(typeof v)}`;
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ aliasesOf),
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   il: () => (/* binding */ Store),
/* harmony export */   q9: () => (/* binding */ price)
/* harmony export */ });
/* unused harmony exports CONTEXT_FIELDS, contextOf, plainObject */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1896);
/**
 * The store as rules see it: every model file, parsed once, with lookups by id and alias.
 * Files that fail json-syntax are kept aside with their finding; nothing else runs on them.
 */

class Store {
    files;
    entries = [];
    /** json-syntax findings of files that could not be read as an object. */
    syntax = [];
    index;
    /**
     * `refused`: findings of files the reader would not read (too large, a link); they count as files.
     * `focus`: the files whose findings will be read. The others are only context for cross-file
     * rules, so a plain JSON.parse reads them and only their CONTEXT_FIELDS are kept: the full
     * json-syntax checks (BOM, duplicate keys) cost about six times as much, which matters for one
     * staged file in a 10,000-model store, and a pull request's check keeps little of the rest.
     */
    constructor(files, refused = [], options = {}) {
        this.files = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        this.syntax.push(...refused);
        for (const file of this.files) {
            const outside = options.focus !== undefined && !options.focus.has(file.path);
            const quick = outside ? (file.context ?? plainObject(file.text)) : undefined;
            if (quick) {
                this.entries.push({ file, kind: file.kind, data: contextOf(quick) });
                continue;
            }
            const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseModelText */ .ex)(file.path, file.text);
            if (parsed.ok)
                this.entries.push({ file, kind: file.kind, data: parsed.data });
            else
                this.syntax.push(parsed.finding);
        }
    }
    /** The entry whose id (or, failing that, alias) is `name`, case-insensitively; first by path wins. */
    find(name) {
        if (!this.index) {
            const ids = new Map();
            const aliases = new Map();
            for (const e of this.entries) {
                const id = idOf(e);
                if (id && !ids.has(id.toLowerCase()))
                    ids.set(id.toLowerCase(), e);
                for (const a of aliasesOf(e))
                    if (!aliases.has(a.toLowerCase()))
                        aliases.set(a.toLowerCase(), e);
            }
            for (const [k, v] of aliases)
                if (!ids.has(k))
                    ids.set(k, v);
            this.index = ids;
        }
        return this.index.get(name.toLowerCase());
    }
    /** All ids, for did-you-mean suggestions. */
    ids() {
        return this.entries.map(idOf).filter((x) => x !== undefined);
    }
    /**
     * This store with `file` added, or replacing the file at its path, parsing only that file:
     * the scaffolder checks every answer this way, and re-parsing every file per answer was
     * most of the cost (1.2 s of 1.9 s per answer on 10,000 models).
     */
    withFile(file) {
        const next = new Store([file]);
        const added = next.entries.slice();
        const addedSyntax = next.syntax.slice();
        const files = this.files.filter((f) => f.path !== file.path).concat(file).sort(byPath);
        const entries = this.entries.filter((e) => e.file.path !== file.path).concat(added).sort((a, b) => byPath(a.file, b.file));
        next.files.length = 0;
        next.entries.length = 0;
        next.syntax.length = 0;
        for (const f of files)
            next.files.push(f);
        for (const e of entries)
            next.entries.push(e);
        for (const f of this.syntax)
            if (f.file !== file.path)
                next.syntax.push(f);
        for (const f of addedSyntax)
            next.syntax.push(f);
        return next;
    }
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/**
 * What cross-file rules read of a model they do not judge: ids and aliases (duplicates, the
 * policy's exceptions, replacement targets), the replacement chain, the targets two models may
 * not share, and what makes a local model a redundant variant; and what the link rules
 * (core/changes.ts LINK_RULES) judge on a model whose chain a change reaches (enabled and the
 * dates beside deprecated). A model outside a change's files keeps only these. The one-verdict
 * suite (test/parity) judges every tree through the change doors and as a whole tree: a rule
 * that read another field of such a model would split them.
 */
const CONTEXT_FIELDS = ['id', 'aliases', 'deprecated', 'replacement', 'enabled', 'sunset_date', 'release_date', 'litellm_model_name', 'model_uri', 'quantization'];
function contextOf(data) {
    const out = {};
    for (const k of CONTEXT_FIELDS)
        if (Object.hasOwn(data, k))
            out[k] = data[k];
    return out;
}
/** The object a text holds, or undefined (then the full parse says why). */
function plainObject(text) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .tooDeepAt */ .U2)(text) >= 0)
        return undefined;
    try {
        const data = JSON.parse(text);
        return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** The id of an entry when it is a string (the schema rule reports it otherwise). */
function idOf(e) {
    return str(e.data.id);
}
function aliasesOf(e) {
    const a = e.data.aliases;
    return Array.isArray(a) ? a.filter((x) => typeof x === 'string') : [];
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** A price as a number: the human form "$1.25" and plain numbers compare alike. */
function price(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && /^\$(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(v))
        return Number(v.slice(1));
    return undefined;
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   rE: () => (/* binding */ closestAll)
/* harmony export */ });
/* unused harmony exports distance, MAX_QUOTED */
/** Small text helpers shared by rules and doors. */
/** Levenshtein distance, for did-you-mean suggestions. */
function distance(a, b) {
    if (a === b)
        return 0;
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The candidates closest to `word` (case-insensitive), if close enough to be a likely typo. */
function closestAll(word, candidates, max = 3) {
    const w = word.toLowerCase();
    const limit = Math.max(2, Math.floor(w.length / 3));
    return [...new Set(candidates)]
        .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
        .filter(({ c, d }) => d <= limit || c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
        .slice(0, max)
        .map(({ c }) => c);
}
function closest(word, candidates) {
    return closestAll(word, candidates, 1)[0];
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** A word as a POSIX shell reads it: plain when safe, else single-quoted. */
function shellQuote(s) {
    return /^[A-Za-z0-9._/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The bytes as text, or undefined when they are not UTF-8 (never a silent U+FFFD). A BOM is kept, for json-syntax to name. */
function decodeUtf8(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** How much of a value a message quotes: enough to recognise it, never a wall of text. */
const MAX_QUOTED = 200;
/**
 * A value as messages quote it (findings, annotations, summaries, comments, issue bodies): JSON
 * string form, cut to MAX_QUOTED characters (by code point, never half a pair) with an ellipsis.
 */
function quote(value, max = MAX_QUOTED) {
    return JSON.stringify(clip(typeof value === 'string' ? value : String(JSON.stringify(value)), max));
}
/** A text cut to `max` characters (by code point) with an ellipsis: upstream names shown as they are. */
function clip(s, max = MAX_QUOTED) {
    const chars = [...s];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS)
/* harmony export */ });
/** The vocabulary every module shares (see ARCHITECTURE.md). */
const KINDS = ['cloud', 'local'];


/***/ }),

/***/ 5682:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ check),
  ho: () => (/* binding */ assemble_open)
});

// UNUSED EXPORTS: checkDraft, compilerFor, filesWithErrors, prepare

// EXTERNAL MODULE: ./src/core/changes.ts
var core_changes = __nccwpck_require__(1490);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __nccwpck_require__(1896);
// EXTERNAL MODULE: ./src/core/policy.ts + 2 modules
var core_policy = __nccwpck_require__(7281);
// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __nccwpck_require__(1961);
// EXTERNAL MODULE: ./src/core/store.ts
var core_store = __nccwpck_require__(4230);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
;// CONCATENATED MODULE: ./src/core/rules/cloud/established-provider.ts


const RULE = 'cloud/established-provider';
const establishedProviderRule = {
    id: RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: "A cloud model's provider is one the policy names, and requires_api_key is that provider's key variable.",
    check(e, { policy }, report) {
        const providers = policy.policy.providers;
        const provider = (0,core_store/* str */.gx)(e.data.provider);
        if (!provider)
            return;
        if (!Object.hasOwn(providers, provider)) {
            const known = Object.keys(providers);
            const guess = (0,core_text/* closest */.kp)(provider, known);
            return report(['provider'], `provider "${provider}" is not an established provider of this store`, {
                hint: guess ? `Did you mean "${guess}"? Known: ${known.join(', ')}.` : `Known: ${known.join(', ')}. A new provider is added to "providers" in curation.config.json, by a curator.`,
                at: 'value',
            });
        }
        const want = providers[provider].api_key_env;
        const key = (0,core_store/* str */.gx)(e.data.requires_api_key);
        if (key !== undefined && key !== want)
            report(['requires_api_key'], `requires_api_key "${key}" is not ${provider}'s key variable "${want}"`, {
                hint: `LiteLLM reads ${provider}'s key from ${want}: use it, or change the provider's entry in curation.config.json.`,
                at: 'value',
                severity: 'warning',
            });
    },
};

// EXTERNAL MODULE: ./src/core/litellm.ts
var core_litellm = __nccwpck_require__(8076);
// EXTERNAL MODULE: ./src/core/model-limits.ts
var model_limits = __nccwpck_require__(6655);
;// CONCATENATED MODULE: ./src/core/rules/cloud/facts-match-upstream.ts



const facts_match_upstream_RULE = 'cloud/facts-match-upstream';
const PRICES = [
    ['input_per_1m', 'input_cost_per_token'],
    ['output_per_1m', 'output_cost_per_token'],
    ['cache_read_per_1m', 'cache_read_input_token_cost'],
];
const factsMatchUpstreamRule = {
    id: facts_match_upstream_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'warning',
    description: "The input limit (max_input, else context_window), max_output and prices agree with LiteLLM's entry (prices compare as numbers, \"$1.25\" = 1.25).",
    check(e, { litellm }, report) {
        const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
        const hit = name ? (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name) : undefined;
        if (!hit)
            return; // cloud/litellm-listed reports it
        for (const d of (0,model_limits/* compareLimits */.sB)(e.data, hit.entry)) {
            const theirs = d.field === 'max_output' ? 'max_output_tokens' : 'max_input_tokens';
            const how = d.field === 'context_window' ? ' (the file has no max_input, so its input limit is the whole window)' : '';
            report([d.field], `${d.field} ${d.ours} differs from LiteLLM's ${theirs} ${d.theirs} for "${hit.key}"${how}`, {
                hint: d.field === 'context_window'
                    ? `Check the provider's documentation and ${litellm.origin}: if the provider caps input below the window, record that cap as max_input; else fix whichever is wrong.`
                    : `Check the provider's documentation and ${litellm.origin}.`,
                at: 'value',
            });
        }
        const pricing = e.data.pricing;
        if (!pricing || typeof pricing !== 'object' || Array.isArray(pricing))
            return;
        for (const [field, upstreamField] of PRICES) {
            const ours = (0,core_store/* price */.q9)(pricing[field]);
            const theirs = (0,core_litellm/* perMillion */.SI)((0,core_store/* num */.bu)(hit.entry[upstreamField]));
            if (ours === undefined || theirs === undefined)
                continue;
            if (Math.abs(ours - theirs) > 1e-9)
                report(['pricing', field], `pricing.${field} ${(0,core_litellm/* formatPrice */.$g)(ours)} differs from LiteLLM's ${(0,core_litellm/* formatPrice */.$g)(theirs)} per 1M tokens for "${hit.key}"`, { hint: `Check the provider's pricing page and ${litellm.origin}.`, at: 'value' });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/litellm-listed.ts



const litellm_listed_RULE = 'cloud/litellm-listed';
/** Did-you-mean costs a scan of the provider's names: only the first misses of a list get one, so a huge store stays fast. */
const MAX_SUGGESTIONS = 10;
const litellmListedRule = {
    id: litellm_listed_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: "A cloud model's litellm_model_name is in LiteLLM's price list (OpenAI and Anthropic keys are looked up with and without the prefix).",
    check(e, { litellm, perRun }, report) {
        const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
        if (!name || (0,core_litellm/* lookupLiteLLM */.Sb)(litellm.list, name))
            return;
        // The provider's names (built once per run) and how many suggestions were made.
        const state = perRun(litellm_listed_RULE, () => ({ names: new Map(), made: 0 }));
        const provider = name.split('/')[0];
        let hint = `LiteLLM cannot route a name its list does not hold (${litellm.origin}). Use the name LiteLLM lists, e.g. provider/model-id.`;
        if (state.made++ < MAX_SUGGESTIONS) {
            let names = state.names.get(provider);
            if (!names)
                state.names.set(provider, (names = (0,core_litellm/* providerModels */.Gx)(litellm.list, provider).map((m) => m.name)));
            const guesses = (0,core_text/* closestAll */.rE)(name, names);
            if (guesses.length)
                hint = `Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}? (${litellm.origin})`;
        }
        report(['litellm_model_name'], `litellm_model_name ${(0,core_text/* quote */.hD)(name)} is not in LiteLLM's price list`, { hint, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/not-preview.ts


const not_preview_RULE = 'cloud/not-preview';
const FIELDS = ['id', 'name', 'litellm_model_name'];
const notPreviewRule = {
    id: not_preview_RULE,
    scope: 'file',
    kind: 'cloud',
    tier: 'quality',
    severity: 'error',
    description: 'Cloud models are generally available: no preview, beta, experimental or -latest names (patterns from the policy).',
    check(e, { policy }, report) {
        for (const field of FIELDS) {
            const v = (0,core_store/* str */.gx)(e.data[field]);
            const pattern = v === undefined ? undefined : policy.preview(v);
            if (pattern === undefined)
                continue;
            // One finding per model: the first field that shows it.
            return report([field], `${field} ${(0,core_text/* quote */.hD)(v)} names a preview, beta or experimental model (matches /${pattern}/i)`, {
                hint: "The store lists generally available models only: use the stable, dated model name. A \"-latest\" alias changes under users' feet.",
                at: 'value',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/cloud/pricing-present.ts
const pricing_present_RULE = 'cloud/pricing-present';
const pricingPresentRule = {
    id: pricing_present_RULE,
    scope: 'file',
    kind: 'cloud',
    skipDeprecated: true,
    tier: 'quality',
    severity: 'error',
    description: 'A cloud model states its published prices (pricing.input_per_1m and output_per_1m).',
    check(e, _ctx, report) {
        // A pricing object without both prices is a schema error; only its absence is this rule's.
        if (e.data.pricing === undefined)
            report([], 'cloud model has no pricing', { hint: 'Add "pricing": { "input_per_1m": "$1.25", "output_per_1m": "$10.00" } from the provider\'s pricing page (leger-curate add prefills it from LiteLLM).' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/deleted-model.ts



/**
 * Deleting a model file is refused: the store deprecates, it never deletes, because
 * blueprints in the wild name models by id. A file that moves (its id reappears in another
 * file, e.g. from cloud/ to local/) is not a deletion. Models that name the deleted one as
 * their replacement are named here (their own `deprecation` finding points at the line).
 */
const deletedModelRule = {
    id: 'deleted-model',
    scope: 'change',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'A change never deletes a model file: models are deprecated with a replacement, never deleted.',
    check({ store, changes }, report) {
        for (const path of [...changes.deleted].sort()) {
            const { id, aliases } = (0,core_changes/* namesIn */.wX)(path, changes.before.get(path));
            if ((0,core_changes/* stillHas */.X2)(store, id))
                continue;
            const names = new Set([id, ...aliases].map((n) => n.toLowerCase()));
            const dependents = store.entries.filter((e) => {
                const r = (0,core_store/* str */.gx)(e.data.replacement);
                return r !== undefined && names.has(r.toLowerCase());
            });
            const named = dependents.map((e) => `${(0,core_store/* idOf */.TH)(e) ?? e.file.path} (${e.file.path})`);
            const one = named.length === 1;
            const message = `model "${id}" is deleted; the store deprecates models, it never deletes them` +
                (named.length ? `. ${named.join(', ')} ${one ? 'names' : 'name'} "${id}" as ${one ? 'its' : 'their'} replacement` : '');
            const hint = `Restore the file (git restore --staged --worktree -- ${(0,core_text/* shellQuote */.ZL)(path)}), then deprecate it: ` +
                `leger-curate deprecate ${(0,core_text/* shellQuote */.ZL)(id)} --replacement <id of the model to use instead>` +
                ' (or set "deprecated": true, "replacement" and "enabled": false in the file).' +
                (named.length ? ` Models that name "${id}" as their replacement must point at another model first.` : '');
            report.file(path, message, { hint });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/deprecation.ts

const deprecationRule = {
    id: 'deprecation',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    description: 'A deprecated model names an existing, non-deprecated replacement (no cycles); sunset_date follows release_date; deprecated models are not enabled.',
    check(e, { store }, report) {
        const deprecated = e.data.deprecated === true;
        const replacement = (0,core_store/* str */.gx)(e.data.replacement);
        if (deprecated && replacement === undefined)
            report(['deprecated'], 'deprecated model names no replacement', { hint: 'Add "replacement": "<id of the model to use instead>" (leger-curate deprecate ID --replacement NEW does it).' });
        if (!deprecated && replacement !== undefined)
            report(['replacement'], 'replacement is set but the model is not deprecated', { hint: 'Set "deprecated": true, or remove "replacement".', severity: 'warning' });
        if (replacement !== undefined)
            checkReplacement(store, e, replacement, report);
        if (deprecated && e.data.enabled === true)
            report(['enabled'], 'deprecated model is still enabled by default', { hint: 'Set "enabled": false so new blueprints do not pick it.', at: 'value', severity: 'warning' });
        const sunset = (0,core_store/* str */.gx)(e.data.sunset_date);
        const release = (0,core_store/* str */.gx)(e.data.release_date);
        if (sunset && release && isDate(sunset) && isDate(release) && sunset <= release)
            report(['sunset_date'], `sunset_date ${sunset} is not after release_date ${release}`, { hint: 'A model is sunset after it is released: check both dates.', at: 'value' });
        if (sunset && !deprecated)
            report(['sunset_date'], 'sunset_date is set but the model is not deprecated', { hint: 'Set "deprecated": true with a replacement, or remove sunset_date.', severity: 'warning' });
    },
};
function checkReplacement(store, e, replacement, report) {
    const at = 'value';
    const target = store.find(replacement);
    if (!target)
        return report(['replacement'], `replacement "${replacement}" does not exist in the store`, { hint: `No model has id "${replacement}". Ids are the file names in cloud/ and local/.`, at });
    if (target === e)
        return report(['replacement'], 'a model cannot replace itself', { hint: 'Name a different model as the replacement.', at });
    // Follow the chain: a cycle means no model in it is usable.
    const seen = new Set([e]);
    const chain = [(0,core_store/* idOf */.TH)(e) ?? e.file.path];
    let cur = target;
    while (cur && cur.data.deprecated === true) {
        chain.push((0,core_store/* idOf */.TH)(cur) ?? cur.file.path);
        if (seen.has(cur))
            return report(['replacement'], `replacement chain forms a cycle: ${chain.join(' -> ')}`, { hint: 'Point the chain at a model that is not deprecated.', at });
        seen.add(cur);
        const next = (0,core_store/* str */.gx)(cur.data.replacement);
        cur = next ? store.find(next) : undefined;
    }
    if (target.data.deprecated === true)
        return report(['replacement'], `replacement "${replacement}" is itself deprecated${chain.length > 2 ? ` (chain: ${chain.join(' -> ')})` : ''}`, {
            hint: `Point replacement at the end of the chain${cur ? `: "${(0,core_store/* idOf */.TH)(cur)}"` : ''}.`,
            at,
            severity: 'warning',
        });
    if (target.kind !== e.kind)
        report(['replacement'], `replacement "${replacement}" is a ${target.kind} model, this one is ${e.kind}`, { hint: 'Blueprints list cloud and local models apart: prefer a replacement of the same kind.', at, severity: 'warning' });
}
function isDate(s) {
    return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

;// CONCATENATED MODULE: ./src/core/rules/duplicate-id.ts

const duplicateIdRule = {
    id: 'duplicate-id',
    scope: 'store',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'Ids are unique across both kinds, case-insensitively, aliases included.',
    check({ store }, report) {
        const claims = new Map();
        const claim = (c) => {
            const key = c.name.toLowerCase();
            const list = claims.get(key);
            if (list)
                list.push(c);
            else
                claims.set(key, [c]);
        };
        for (const entry of store.entries) {
            const id = (0,core_store/* str */.gx)(entry.data.id);
            if (id)
                claim({ entry, path: ['id'], name: id });
            const aliases = entry.data.aliases;
            if (Array.isArray(aliases))
                aliases.forEach((a, i) => {
                    if (typeof a === 'string' && a.toLowerCase() !== id?.toLowerCase())
                        claim({ entry, path: ['aliases', i], name: a });
                });
        }
        for (const list of claims.values()) {
            if (list.length < 2)
                continue;
            const files = new Set(list.map((c) => c.entry.file.path));
            for (const c of list) {
                const others = list.filter((o) => o !== c).map((o) => `${o.entry.file.path} (${o.path[0] === 'id' ? 'id' : 'alias'} "${o.name}")`);
                const what = c.path[0] === 'id' ? 'id' : 'alias';
                const msg = files.size === 1 ? `${what} "${c.name}" is repeated in this file` : `${what} "${c.name}" is also used by ${others.join(', ')}`;
                report.at(c.entry, c.path, msg, { hint: 'Ids and aliases must be unique across cloud/ and local/, ignoring case. Pick another id or drop the alias.', at: 'value' });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/core/model-uri.ts
var model_uri = __nccwpck_require__(9285);
;// CONCATENATED MODULE: ./src/core/rules/duplicate-target.ts



const duplicate_target_FIELDS = [
    { field: 'litellm_model_name', norm: (v) => v.toLowerCase() },
    { field: 'model_uri', norm: model_uri/* normalizeModelUri */.hY },
];
const duplicateTargetRule = {
    id: 'duplicate-target',
    scope: 'store',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'No two models share a litellm_model_name or a model_uri.',
    check({ store }, report) {
        for (const { field, norm } of duplicate_target_FIELDS) {
            const groups = new Map();
            for (const e of store.entries) {
                const v = (0,core_store/* str */.gx)(e.data[field]);
                if (v === undefined)
                    continue;
                const key = norm(v);
                const list = groups.get(key);
                if (list)
                    list.push(e);
                else
                    groups.set(key, [e]);
            }
            for (const list of groups.values()) {
                if (list.length < 2)
                    continue;
                for (const e of list) {
                    const others = list.filter((o) => o !== e).map((o) => o.file.path);
                    report.at(e, [field], `${field} ${(0,core_text/* quote */.hD)(e.data[field])} is also used by ${others.join(', ')}`, { hint: 'Two files describe the same model: keep one, and put the other name in its aliases.', at: 'value' });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/file-name.ts

const fileNameRule = {
    id: 'file-name',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'A model file is named <id>.json and sits in the folder of its kind (cloud/ or local/).',
    check(e, _ctx, report) {
        const base = e.file.path.split('/').pop() ?? '';
        const id = (0,core_store/* idOf */.TH)(e);
        if (id !== undefined && base !== `${id}.json`)
            report(['id'], `file name "${base}" does not match id "${id}"`, { hint: `Rename the file to ${id}.json, or change the id to "${base.replace(/\.json$/, '')}".`, at: 'value' });
        const looksCloud = 'litellm_model_name' in e.data && !('model_uri' in e.data);
        const looksLocal = 'model_uri' in e.data && !('litellm_model_name' in e.data);
        if (e.kind === 'local' && looksCloud)
            report([], 'a cloud model (it has litellm_model_name) sits in local/', { hint: 'Move it to the cloud/ folder of the store.' });
        if (e.kind === 'cloud' && looksLocal)
            report([], 'a local model (it has model_uri) sits in cloud/', { hint: 'Move it to the local/ folder of the store.' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/limits.ts

const limitsRule = {
    id: 'limits',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    description: 'max_input, max_output and ctx_size fit inside context_window.',
    check(e, _ctx, report) {
        const window = (0,core_store/* num */.bu)(e.data.context_window);
        if (window === undefined)
            return;
        for (const field of ['max_input', 'max_output', 'ctx_size']) {
            const v = (0,core_store/* num */.bu)(e.data[field]);
            if (v !== undefined && v > window)
                report([field], `${field} ${v} is larger than context_window ${window}`, { hint: `${field} must fit inside the context window; check both against the model's documentation.`, at: 'value' });
        }
    },
};

// EXTERNAL MODULE: ./src/core/environ-refs.ts
var environ_refs = __nccwpck_require__(9221);
;// CONCATENATED MODULE: ./src/core/rules/no-environ-refs.ts


const no_environ_refs_RULE = 'no-environ-refs';
/**
 * What render refuses, validate reports first, at the field: LiteLLM replaces every string
 * `os.environ/NAME` anywhere in its config with the variable's value, so a model named
 * `os.environ/OPENAI_API_KEY` would serve the key on /model/info; and a requires_api_key that
 * names the proxy's own variables would hand its master key (or database URL) to a provider.
 */
const noEnvironRefsRule = {
    id: no_environ_refs_RULE,
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'No model text is a string LiteLLM would substitute from the environment (os.environ/...), and requires_api_key names no variable of the deployment itself.',
    check(e, _ctx, report) {
        // One path array for the whole walk, copied only for a finding: a model file has a few
        // hundred strings, and a 100,000-model store a copy per string was most of this rule's cost.
        const path = [];
        const walk = (v) => {
            if (typeof v === 'string') {
                if ((0,environ_refs/* looksLikeEnvRef */.w5)(v))
                    report([...path], `${path.join('.') || 'the file'} starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, {
                        hint: 'No model text may start with "os.environ/": LiteLLM would put the variable\'s value (a key) into its config and serve it. Write the text itself.',
                        at: 'value',
                    });
            }
            else if (Array.isArray(v))
                for (let i = 0; i < v.length; i++) {
                    path.push(i);
                    walk(v[i]);
                    path.pop();
                }
            else if (v && typeof v === 'object')
                for (const k of Object.keys(v)) {
                    path.push(k);
                    if ((0,environ_refs/* looksLikeEnvRef */.w5)(k))
                        report([...path], `the key "${k.slice(0, 80)}" starts with "os.environ/", which LiteLLM would replace with an environment variable's value`, { hint: 'Rename the key.' });
                    walk(v[k]);
                    path.pop();
                }
        };
        walk(e.data);
        const key = (0,core_store/* str */.gx)(e.data.requires_api_key);
        if (key !== undefined && environ_refs/* RESERVED_ENV */.Tn.has(key))
            report(['requires_api_key'], `requires_api_key "${key}" names a variable of the deployment itself`, {
                hint: `A provider key named ${key} would receive the proxy's own setting (render refuses it): use the provider's key variable, e.g. OPENAI_API_KEY.`,
                at: 'value',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/benchmarks-present.ts
const benchmarks_present_RULE = 'local/benchmarks-present';
const benchmarksPresentRule = {
    id: benchmarks_present_RULE,
    scope: 'file',
    kind: 'local',
    skipDeprecated: true,
    tier: 'quality',
    severity: 'error',
    description: 'A local model records published benchmark scores (MMLU, HumanEval, ...), each from a source.',
    check(e, _ctx, report) {
        if (e.data.benchmarks === undefined)
            report([], 'local model has no published benchmarks', {
                hint: 'Add "benchmarks": { "mmlu": 85.3 } with the scores the model card or paper publishes, and that page in "sources". If none are published, a curator may add a policy exception with the reason.',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/gguf-on-hf.ts


const gguf_on_hf_RULE = 'local/gguf-on-hf';
/** GGUF files that ride along with a model but are not one: llama-server cannot serve them alone. */
const NOT_A_MODEL = /(^|[^a-z])(mmproj|imatrix|lora)([^a-z]|$)/i;
const ggufOnHfRule = {
    id: gguf_on_hf_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: "A local model is a GGUF model file on HuggingFace: model_uri's grammar (reported by uri-format), and a file that is the model, not a projector, imatrix or LoRA.",
    check(e, _ctx, report) {
        const value = (0,core_store/* str */.gx)(e.data.model_uri);
        const parsed = value === undefined ? undefined : (0,model_uri/* parseModelUri */.Aj)(value);
        if (!parsed?.ok)
            return; // uri-format reports the grammar, at the same place
        const base = parsed.uri.file.split('/').pop() ?? '';
        const m = NOT_A_MODEL.exec(base);
        if (m)
            report(['model_uri'], `model_uri names "${base}", a ${m[2].toLowerCase()} file, not the model's weights`, {
                hint: "Point model_uri at the model GGUF itself (e.g. <Model>-Q4_K_M.gguf); projectors and adapters are loaded beside it.",
                at: 'value',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/licence.ts

const licence_RULE = 'local/licence';
const licenceRule = {
    id: licence_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: "A local model states its licence, and the policy's licence list allows it.",
    check(e, { policy }, report) {
        const licence = (0,core_store/* str */.gx)(e.data.license);
        if (licence === undefined) {
            // A licence of the wrong type is the schema's finding.
            if (e.data.license === undefined)
                report([], 'local model states no licence', { hint: 'Add "license" as the HuggingFace repo names it (cardData.license), e.g. "apache-2.0".' });
            return;
        }
        if (!policy.licenses.has(licence.toLowerCase()))
            report(['license'], `licence "${licence}" is not one the policy allows`, { hint: `Allowed: ${policy.policy.licenses.join(', ')} (licenses in curation.config.json).`, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/ram-range.ts

const ram_range_RULE = 'local/ram-range';
const ramRangeRule = {
    id: ram_range_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'quality',
    severity: 'error',
    description: 'ram_required_gb is inside the policy range (1-128 GB by default) and can hold the weights (size_bytes).',
    check(e, { policy }, report) {
        const { ram_min_gb: min, ram_max_gb: max } = policy.policy.thresholds;
        const ram = (0,core_store/* num */.bu)(e.data.ram_required_gb);
        if (ram === undefined)
            return;
        if (ram < min || ram > max)
            return report(['ram_required_gb'], `ram_required_gb ${ram} is outside the store's range of ${min}-${max} GB`, { hint: `The store serves models that fit in ${min}-${max} GB of RAM (thresholds in curation.config.json).`, at: 'value' });
        const size = (0,core_store/* num */.bu)(e.data.size_bytes);
        if (size !== undefined && size / 1e9 > ram)
            report(['ram_required_gb'], `ram_required_gb ${ram} cannot hold the ${(size / 1e9).toFixed(2)} GB of weights (size_bytes ${size})`, {
                hint: 'RAM needed is the file size plus the KV cache at ctx_size plus overhead: leger-curate add computes it.',
                at: 'value',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/local/redundant-variant.ts


const redundant_variant_RULE = 'local/redundant-variant';
/**
 * The model an id names with its quant, "-vN" revision and "-gguf" dropped:
 * qwen3-4b-v2, qwen3-4b-q8_0 and qwen3-4b all name qwen3-4b.
 */
function variantStem(id) {
    let s = id.toLowerCase();
    for (;;) {
        const next = s
            .replace(/-(v\d+(\.\d+)*)$/, '')
            .replace(/-gguf$/, '')
            .replace(/-(?:i?q\d[a-z0-9_]*|f16|bf16|f32|mxfp4)$/, '');
        if (next === s)
            return s;
        s = next;
    }
}
function repoOf(e) {
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const p = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    return p?.ok ? p.uri.repoId.toLowerCase() : undefined;
}
/** The models already in the store (not added by this change, not deprecated), by stem and by repository. */
function existing(ctx) {
    return ctx.perRun(redundant_variant_RULE, () => {
        const byStem = new Map();
        const byRepo = new Map();
        for (const e of ctx.store.entries) {
            if (e.kind !== 'local' || ctx.changes.added.has(e.file.path) || e.data.deprecated === true)
                continue;
            const id = (0,core_store/* idOf */.TH)(e);
            if (id && !byStem.has(variantStem(id)))
                byStem.set(variantStem(id), e);
            const repo = repoOf(e);
            if (repo && !byRepo.has(repo))
                byRepo.set(repo, e);
        }
        return { byStem, byRepo };
    });
}
const redundantVariantRule = {
    id: redundant_variant_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'new',
    severity: 'error',
    description: 'A new local model is not the same model as one already in the store with only a different quant or a -v2 style suffix ("we have Qwen3-4B, don\'t need Qwen3-4B-v2").',
    check(e, ctx, report) {
        const { byStem, byRepo } = existing(ctx);
        const id = (0,core_store/* idOf */.TH)(e);
        const repo = repoOf(e);
        const sameRepo = repo ? byRepo.get(repo) : undefined;
        if (sameRepo) {
            const theirs = (0,model_uri/* quantFromFileName */.fX)((0,core_store/* str */.gx)(sameRepo.data.model_uri) ?? '') ?? (0,core_store/* str */.gx)(sameRepo.data.quantization) ?? 'another file';
            return report(['model_uri'], `the store already has this model from the same repository: "${(0,core_store/* idOf */.TH)(sameRepo)}" (${theirs})`, {
                hint: `One quantization per model: users pick other quants in their blueprint. Improve "${(0,core_store/* idOf */.TH)(sameRepo)}" instead, or deprecate it in favour of this one.`,
                at: 'value',
            });
        }
        const same = id ? byStem.get(variantStem(id)) : undefined;
        if (same)
            report(['id'], `"${id}" is a variant of "${(0,core_store/* idOf */.TH)(same)}", already in the store`, { hint: `Only a different quant or a version suffix sets them apart: update "${(0,core_store/* idOf */.TH)(same)}" instead of adding a variant.`, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-entries.ts


/** The Hub's answer for a local model's repository, when it was asked. */
function hfAnswer(e, ctx) {
    if (!ctx.hf)
        return undefined;
    const v = (0,core_store/* str */.gx)(e.data.model_uri);
    const parsed = v ? (0,model_uri/* parseModelUri */.Aj)(v) : undefined;
    if (!parsed?.ok)
        return undefined;
    const result = ctx.hf.get(parsed.uri.repoId);
    return result ? { uri: parsed.uri, result } : undefined;
}
/** Only when the Hub described the repository. */
function hfInfo(e, ctx) {
    const a = hfAnswer(e, ctx);
    return a?.result.status === 'ok' ? { uri: a.uri, info: a.result.info } : undefined;
}

;// CONCATENATED MODULE: ./src/core/rules/online/hf-downloads.ts

const hf_downloads_RULE = 'local/downloads';
const hfDownloadsRule = {
    id: hf_downloads_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The repository has at least the policy's downloads (1,000 in the last 30 days by default): community validated.",
    check(e, ctx, report) {
        const min = ctx.policy.policy.thresholds.min_downloads;
        const h = hfInfo(e, ctx);
        if (h && typeof h.info.downloads === 'number' && h.info.downloads < min)
            report(['model_uri'], `repository "${h.uri.repoId}" has ${h.info.downloads} downloads in the last 30 days; the store wants ${min}`, { hint: "Prefer the model maker's own GGUF repository or a widely used one (ggml-org, unsloth, bartowski).", at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/hf.ts
var hf = __nccwpck_require__(2701);
;// CONCATENATED MODULE: ./src/core/rules/online/hf-facts.ts




const hf_facts_RULE = 'local/facts-match-hf';
const hfFactsRule = {
    id: hf_facts_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'warning',
    description: "size_bytes, context_window and license agree with the repository (file sizes, the GGUF header's context length, the card's licence).",
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (!h)
            return;
        const { uri, info } = h;
        const size = (0,core_store/* num */.bu)(e.data.size_bytes);
        if (size !== undefined && Array.isArray(info.siblings)) {
            const byName = new Map(info.siblings.map((s) => [s.rfilename, s]));
            const sizes = (0,model_uri/* shardFiles */.wq)(uri).map((f) => {
                const s = byName.get(f);
                return s ? (0,hf/* siblingSize */.c5)(s) : undefined;
            });
            if (sizes.every((s) => typeof s === 'number')) {
                const total = sizes.reduce((a, b) => a + b, 0);
                if (total !== size)
                    report(['size_bytes'], `size_bytes ${size} differs from the repository's ${total}${sizes.length > 1 ? ` (${sizes.length} shards summed)` : ''}`, {
                        hint: 'Copy the size the Hub states for the file (all shards summed); a different size may mean the file was re-uploaded.',
                        at: 'value',
                    });
            }
        }
        const window = (0,core_store/* num */.bu)(e.data.context_window);
        const header = (0,core_store/* num */.bu)(info.gguf?.context_length);
        // The card's native window is often smaller than the header's (Qwen3: 32,768 vs 40,960); larger cannot be served.
        if (window !== undefined && header !== undefined && window > header)
            report(['context_window'], `context_window ${window} is larger than the GGUF header's context length ${header}`, { hint: 'Use the native window the model card states; extended (YaRN) windows go in notes.', at: 'value' });
        const ours = (0,core_store/* str */.gx)(e.data.license);
        const theirs = (0,hf/* licenseOf */.L3)(info);
        if (ours && theirs && ours.toLowerCase() !== theirs.toLowerCase())
            report(['license'], `license "${ours}" differs from the repository's "${theirs}"`, { hint: 'Use the licence identifier the repository card states.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-file.ts


const hf_file_RULE = 'local/hf-file';
const hfFileRule = {
    id: hf_file_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The GGUF file, and every shard of a split model, is among the repository's files.",
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (!h || !Array.isArray(h.info.siblings))
            return;
        const { uri, info } = h;
        const files = new Set(info.siblings.map((s) => s.rfilename));
        const missing = (0,model_uri/* shardFiles */.wq)(uri).filter((f) => !files.has(f));
        if (!missing.length)
            return;
        const what = uri.shard ? `${missing.length} of its ${uri.shard.total} shards: ${missing.join(', ')}` : `"${uri.file}"`;
        const near = [...files].filter((f) => f.endsWith('.gguf')).slice(0, 8);
        report(['model_uri'], `repository "${uri.repoId}" does not hold ${what}`, { hint: near.length ? `Its GGUF files include: ${near.join(', ')}.` : 'The repository holds no .gguf file.', at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/pins.ts
var pins = __nccwpck_require__(59);
;// CONCATENATED MODULE: ./src/core/rules/online/hf-pinned.ts


const hf_pinned_RULE = 'local/pinned-file';
const hfPinnedRule = {
    id: hf_pinned_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "A pinned file still is what was verified: its sha256 agrees with the Hub's (a changed hash means the file was replaced), and its revision still exists.",
    check(e, ctx, report) {
        const a = hfAnswer(e, ctx);
        if (a?.result.status !== 'ok')
            return;
        const { uri, result } = a;
        const shape = (0,pins/* pinShapeProblem */.W0)(e.data, uri);
        if (shape)
            report(['sha256'], shape, { hint: 'A split model pins every shard: "sha256": ["<shard 1>", "<shard 2>", ...].', at: 'value' });
        const changed = shape ? [] : (0,pins/* changedHashes */.FZ)(e.data, result.info, uri);
        if (changed.length)
            report(['sha256'], `the file was replaced upstream: ${changed.map((c) => `${c.file} now has sha256 ${c.theirs}, not ${c.ours}`).join('; ')}`, {
                hint: "Same name, other bytes: check what changed (the repo's commit history), then verify the new file and update sha256, revision and size_bytes, or pin the old revision.",
                at: 'value',
            });
        const rev = (0,pins/* pinnedRevision */.aV)(e.data);
        if (rev && result.revisions?.[rev] === 'not-found')
            report(['revision'], `revision ${rev} no longer exists in "${uri.repoId}"`, {
                hint: "The repository's history was rewritten or the commit removed: verify the file at the current revision and update revision (and sha256 if it changed).",
                at: 'value',
                severity: 'warning',
            });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-gated.ts

const hf_gated_RULE = 'local/gated';
const hfGatedRule = {
    id: hf_gated_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'notice',
    description: 'A gated repository (users must accept terms and use a token) is reported.',
    check(e, ctx, report) {
        const h = hfInfo(e, ctx);
        if (h?.info.gated)
            report(['model_uri'], `repository "${h.uri.repoId}" is gated (${h.info.gated}): users must accept its terms and download with a token`, { hint: 'Say so in notes, or prefer an ungated mirror of the same weights.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-quantizations.ts


const hf_quantizations_RULE = 'local/quantizations';
const hfQuantizationsRule = {
    id: hf_quantizations_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The repository offers at least the policy's number of distinct quantizations (2 by default), so users can pick another.",
    check(e, ctx, report) {
        const min = ctx.policy.policy.thresholds.min_quantizations;
        const h = hfInfo(e, ctx);
        if (!h || !Array.isArray(h.info.siblings))
            return;
        const qs = (0,hf/* quantizations */.dA)(h.info);
        if (qs.length < min)
            report(['model_uri'], `repository "${h.uri.repoId}" offers ${qs.length === 0 ? 'no recognisable quantization' : `only ${qs.join(', ')}`}; the store wants ${min} or more`, { hint: 'Pick a repository that publishes several quantizations of the model.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/hf-repo.ts

const hf_repo_RULE = 'local/hf-repo';
const hfRepoRule = {
    id: hf_repo_RULE,
    scope: 'file',
    kind: 'local',
    tier: 'online',
    severity: 'error',
    description: "The model's HuggingFace repository exists and is not disabled.",
    check(e, ctx, report) {
        const a = hfAnswer(e, ctx);
        if (a?.result.status === 'not-found')
            report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" does not exist: ${a.result.message}`, { hint: 'Check the <org>/<repo> part of model_uri on huggingface.co; private repositories cannot be served to users.', at: 'value' });
        else if (a?.result.status === 'ok' && a.result.info.disabled === true)
            report(['model_uri'], `HuggingFace repository "${a.uri.repoId}" is disabled`, { hint: 'A disabled repository serves no files: pick another source for this model.', at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/online/upstream-unreachable.ts

const upstream_unreachable_RULE = 'upstream-unreachable';
const hint = 'The check did not run. Retry later, or check the network and HF_ENDPOINT / LITELLM_PRICES_URL / HF_TOKEN.';
const upstreamUnreachableRule = {
    id: upstream_unreachable_RULE,
    scope: 'file',
    tier: 'online',
    severity: 'error',
    protected: true,
    description: 'An online check that could not reach its upstream is an error, never a silent pass.',
    check(e, ctx, report) {
        if (e.kind === 'local') {
            const a = hfAnswer(e, ctx);
            if (a?.result.status === 'unreachable')
                report(['model_uri'], `could not check the HuggingFace repository: ${a.result.message}`, { hint, at: 'value' });
        }
        else if (ctx.litellmProblem) {
            report(['litellm_model_name'], `could not fetch LiteLLM's live price list (checked against ${ctx.litellm.origin} instead): ${ctx.litellmProblem}`, { hint, at: 'value' });
        }
    },
};

;// CONCATENATED MODULE: ./src/core/rules/policy-denied.ts


const policy_denied_RULE = 'policy/denied';
const policyDeniedRule = {
    id: policy_denied_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'error',
    description: "No model the policy's deny list names (a provider, a HuggingFace organisation or an id pattern), and with an allow list, only models on it. Deny wins.",
    check(e, { policy }, report) {
        const id = (0,core_store/* idOf */.TH)(e);
        if (!id)
            return;
        let provider = (0,core_store/* str */.gx)(e.data.provider);
        let field = 'provider';
        if (e.kind === 'local') {
            const u = (0,core_store/* str */.gx)(e.data.model_uri);
            const parsed = u ? (0,model_uri/* parseModelUri */.Aj)(u) : undefined;
            provider = parsed?.ok ? parsed.uri.org : undefined;
            field = 'model_uri';
        }
        const why = policy.refusal(id, provider);
        if (why)
            report(why.startsWith('provider') ? [field] : ['id'], `the curation policy refuses this model: ${why}`, { hint: 'The allow and deny lists are in curation.config.json; a curator changes them.', at: 'value' });
    },
};

// EXTERNAL MODULE: ./src/core/schema.ts
var schema = __nccwpck_require__(2032);
;// CONCATENATED MODULE: ./src/core/rules/schema.ts

const schemaRule = {
    id: schema/* SCHEMA */.yx,
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'Every model file matches the JSON Schema of its kind (schemas/cloud.schema.json, schemas/local.schema.json).',
    // schemaFindings places each ajv error itself (unknown keys at the key, values at the value).
    check(e, { schemas }, report) {
        const name = `${e.kind}.schema.json`;
        for (const f of (0,schema/* schemaFindings */.I$)(e.file, schemas, name, schemas.errors(name, e.data)))
            report.placed({ line: f.line ?? 1, column: f.column ?? 1 }, f.message, { hint: f.hint });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/sources-present.ts
const sources_present_RULE = 'sources-present';
const sourcesPresentRule = {
    id: sources_present_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'warning',
    description: 'Every model names the sources its facts come from.',
    check(e, _ctx, report) {
        if (e.data.sources === undefined)
            report([], 'model names no sources', { hint: 'Add "sources": [ URLs of the pages every fact here comes from: the provider\'s docs, the model card, LiteLLM\'s list ].' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/stale-verification.ts

const stale_verification_RULE = 'stale-verification';
const DAY = 86_400_000;
const staleVerificationRule = {
    id: stale_verification_RULE,
    scope: 'file',
    tier: 'quality',
    severity: 'notice',
    description: "last_verified is within the policy's staleness window.",
    check(e, { policy, today }, report) {
        const days = policy.policy.thresholds.stale_after_days;
        const now = Date.parse(today);
        const v = (0,core_store/* str */.gx)(e.data.last_verified);
        const t = v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) : NaN;
        if (Number.isNaN(now) || Number.isNaN(t))
            return;
        const age = Math.floor((now - t) / DAY);
        if (age > days)
            report(['last_verified'], `last verified ${age} days ago (${v}); the policy wants every ${days} days`, { hint: 'Re-check the facts against their sources (leger-curate validate --online helps) and set last_verified to today.', at: 'value' });
        else if (age < -1)
            report(['last_verified'], `last_verified ${v} is in the future`, { hint: 'Set last_verified to the day the facts were checked.', at: 'value', severity: 'warning' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/uri-format.ts



const uriFormatRule = {
    id: 'uri-format',
    scope: 'file',
    tier: 'structure',
    severity: 'error',
    protected: true,
    description: 'model_uri follows huggingface://<org>/<repo>/<file>.gguf; hf_repo, hf_file and quantization agree with it; litellm_model_name starts with the provider.',
    check(e, _ctx, report) {
        if (e.kind === 'cloud') {
            const name = (0,core_store/* str */.gx)(e.data.litellm_model_name);
            const provider = (0,core_store/* str */.gx)(e.data.provider);
            if (name && provider && name.includes('/') && name.split('/')[0] !== provider)
                report(['litellm_model_name'], `litellm_model_name ${(0,core_text/* quote */.hD)(name)} is routed through "${name.split('/')[0]}" but provider is "${provider}"`, {
                    hint: `LiteLLM routes by the prefix: make provider "${name.split('/')[0]}" or fix the prefix.`,
                    at: 'value',
                    severity: 'warning',
                });
            return;
        }
        const value = (0,core_store/* str */.gx)(e.data.model_uri);
        if (value === undefined)
            return;
        const parsed = (0,model_uri/* parseModelUri */.Aj)(value);
        if (!parsed.ok)
            return report(['model_uri'], `model_uri ${parsed.problem}`, { hint: parsed.hint, at: 'value' });
        const { uri } = parsed;
        const repo = (0,core_store/* str */.gx)(e.data.hf_repo);
        if (repo !== undefined && repo !== uri.repoId)
            report(['hf_repo'], `hf_repo "${repo}" differs from the repository in model_uri ("${uri.repoId}")`, { hint: 'Make hf_repo the <org>/<repo> part of model_uri, or drop it: it is derived.', at: 'value' });
        const file = (0,core_store/* str */.gx)(e.data.hf_file);
        if (file !== undefined && file !== uri.file)
            report(['hf_file'], `hf_file "${file}" differs from the file in model_uri ("${uri.file}")`, { hint: 'Make hf_file the path after <org>/<repo>/ in model_uri, or drop it: it is derived.', at: 'value' });
        const quant = (0,core_store/* str */.gx)(e.data.quantization);
        const stated = (0,model_uri/* quantFromFileName */.fX)(uri.file);
        if (quant && stated && quant.toUpperCase() !== stated)
            report(['quantization'], `quantization "${quant}" differs from the file name, which says ${stated}`, { hint: `Set quantization to "${stated}", or point model_uri at the ${quant} file.`, at: 'value' });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts






























const RULES = [
    // structure: what makes a file usable at all
    schemaRule,
    fileNameRule,
    duplicateIdRule,
    duplicateTargetRule,
    uriFormatRule,
    deprecationRule,
    limitsRule,
    noEnvironRefsRule,
    deletedModelRule,
    // quality: the store's curation bar
    policyDeniedRule,
    litellmListedRule,
    factsMatchUpstreamRule,
    pricingPresentRule,
    establishedProviderRule,
    notPreviewRule,
    ggufOnHfRule,
    benchmarksPresentRule,
    ramRangeRule,
    licenceRule,
    sourcesPresentRule,
    staleVerificationRule,
    // new submissions
    redundantVariantRule,
    // online
    upstreamUnreachableRule,
    hfRepoRule,
    hfFileRule,
    hfDownloadsRule,
    hfQuantizationsRule,
    hfGatedRule,
    hfFactsRule,
    hfPinnedRule,
];

;// CONCATENATED MODULE: ./src/core/engine.ts
/**
 * The rule engine: every rule of the tiers asked for, over the files each may see, then the
 * policy (exceptions, severity overrides), then the focus (which findings are reported).
 * Pure and synchronous: upstream facts are fetched before it runs.
 */







/** Findings of the readers, not of a rule: a file too large or not JSON. */
const FILE_READ = 'file-read';
/** Rule ids no policy may silence or re-grade. */
const PROTECTED = new Set([parse/* JSON_SYNTAX */.xP, FILE_READ, core_policy/* POLICY_RULE */.y7, ...RULES.filter((r) => r.protected).map((r) => r.id)]);
/** Every id a policy may name. */
const RULE_IDS = new Set([parse/* JSON_SYNTAX */.xP, FILE_READ, ...RULES.map((r) => r.id)]);
/** The findings of a run, sorted, with the policy applied and only those in focus. */
function engine_runRules(input) {
    const { store, focus, policy } = input;
    const changes = input.changes ?? core_changes/* NO_CHANGE */.XG;
    const memo = new Map();
    const ctx = {
        store,
        schemas: input.schemas,
        policy: (0,core_policy/* compilePolicy */.C_)(policy),
        litellm: input.litellm,
        litellmProblem: input.litellmProblem,
        hf: input.hf,
        changes,
        focus,
        today: input.today,
        perRun: (key, make) => {
            if (!memo.has(key))
                memo.set(key, make());
            return memo.get(key);
        },
    };
    const reportable = focus ? store.entries.filter((e) => focus.files.has(e.file.path) || focus.dependents.has(e.file.path)) : store.entries;
    const inFocus = focus ? reportable.filter((e) => focus.files.has(e.file.path)) : store.entries;
    const added = store.entries.filter((e) => changes.added.has(e.file.path));
    // Dependents (models a change reaches through their replacement chain) are judged only by the
    // link rules: only those findings of theirs are reported, and they are read only for them.
    const targetsOf = (rule) => (rule.tier === 'new' ? added : rule.tier === 'online' || !core_changes/* LINK_RULES */.jb.has(rule.id) ? inFocus : reportable);
    /** Whether a per-file rule judges an entry (of its targets: the files whose findings it can report). */
    const judges = (rule, e) => (!rule.kind || e.kind === rule.kind) && !(rule.skipDeprecated && e.data.deprecated === true);
    const silencer = new Silencer(store, policy);
    const raw = [...store.syntax];
    const rules = input.rules ?? RULES;
    for (const rule of rules) {
        if (rule.tier === 'online' && !input.online)
            continue;
        if (rule.tier === 'new' && !added.length)
            continue;
        if (rule.scope === 'store') {
            rule.check(ctx, storeReporter(rule, silencer, raw));
            continue;
        }
        if (rule.scope === 'change') {
            if (changes.deleted.size || changes.added.size || changes.modified.size)
                rule.check(ctx, storeReporter(rule, silencer, raw));
            continue;
        }
        // Per-file rules see only files whose findings can be reported.
        const report = fileReporter(rule, silencer, raw);
        for (const e of targetsOf(rule)) {
            if (!judges(rule, e))
                continue;
            report.entry = e;
            rule.check(e, ctx, report);
        }
    }
    /** Where a rule looked at a model: an exception is judged unused only there. */
    const byPath = new Map();
    const looked = (ruleId, file) => {
        const rule = rules.find((r) => r.id === ruleId);
        if (!rule || (rule.tier === 'online' && !input.online) || (rule.tier === 'new' && !added.length) || rule.scope === 'change')
            return false;
        if (rule.scope === 'store')
            return true;
        const targets = targetsOf(rule);
        let paths = byPath.get(targets);
        if (!paths)
            byPath.set(targets, (paths = new Map(targets.map((e) => [e.file.path, e]))));
        const e = paths.get(file);
        return e !== undefined && judges(rule, e);
    };
    const reported = focus ? raw.filter((f) => focus.files.has(f.file) || (focus.dependents.has(f.file) && core_changes/* LINK_RULES */.jb.has(f.rule))) : raw;
    // Notes on the policy file: its errors always; the rest when the whole store is judged.
    const notes = policyNotes(silencer, policy, looked).filter((f) => f.severity === 'error' || !focus || focus.files.has(f.file));
    return engine_sortFindings([...reported, ...notes].map(bounded));
}
/** The longest message a finding carries: rules quote values through quote(); this is the backstop. */
const MAX_MESSAGE = 1000;
function bounded(f) {
    return f.message.length > MAX_MESSAGE ? { ...f, message: `${[...f.message].slice(0, MAX_MESSAGE - 1).join('')}…` } : f;
}
/**
 * The policy's exceptions and "off" severities, asked before a finding is placed: a finding
 * the policy drops costs no position lookup (on a store with an exception per clone, locating
 * silenced findings was a tenth of the run). Protected rules are never silenced.
 */
class Silencer {
    store;
    policy;
    /** Each (rule, id) excepted: the first entry naming it, and whether it silenced anything. */
    exceptions = new Map();
    quiet;
    ids;
    constructor(store, policy) {
        this.store = store;
        this.policy = policy;
        policy.exceptions.forEach((x, index) => {
            const key = `${x.rule}\u0000${x.id}`;
            if (!this.exceptions.has(key))
                this.exceptions.set(key, { index, used: false });
        });
        this.quiet = this.exceptions.size === 0 && Object.keys(policy.severity).length === 0;
    }
    /** The severity a finding of `rule` is reported with (a policy override wins), or undefined: dropped. */
    severity(rule, options, file, entry) {
        const own = options.severity ?? rule.severity;
        if (this.quiet || PROTECTED.has(rule.id))
            return own;
        const id = entry ? (0,core_store/* idOf */.TH)(entry) : this.index().byFile.get(file);
        const ex = id === undefined ? undefined : this.exceptions.get(`${rule.id}\u0000${id}`);
        if (ex)
            return void (ex.used = true);
        const override = Object.hasOwn(this.policy.severity, rule.id) ? this.policy.severity[rule.id] : undefined;
        return override === 'off' ? undefined : (override ?? own);
    }
    /** The file of the first model with this id. */
    fileOf(id) {
        return this.index().firstFile.get(id);
    }
    /** Ids by file and first files by id, made only when a finding is reported by path or a note asks. */
    index() {
        if (!this.ids) {
            this.ids = { byFile: new Map(), firstFile: new Map() };
            for (const e of this.store.entries) {
                const id = (0,core_store/* idOf */.TH)(e);
                if (id === undefined)
                    continue;
                this.ids.byFile.set(e.file.path, id);
                if (!this.ids.firstFile.has(id))
                    this.ids.firstFile.set(id, e.file.path);
            }
        }
        return this.ids;
    }
}
/** One reporter per rule, pointed at each file in turn (no closures per file and rule). */
function fileReporter(rule, silencer, out) {
    const report = Object.assign((path, message, options = {}) => {
        const severity = silencer.severity(rule, options, report.entry.file.path, report.entry);
        if (severity)
            out.push((0,core_rule/* findingAt */.d)(report.entry, rule.id, severity, path, message, options));
    }, {
        entry: undefined,
        placed: (pos, message, options = {}) => {
            const severity = silencer.severity(rule, options, report.entry.file.path, report.entry);
            if (severity)
                out.push({ rule: rule.id, severity, file: report.entry.file.path, line: pos.line, column: pos.column, message, hint: options.hint });
        },
    });
    return report;
}
function storeReporter(rule, silencer, out) {
    return {
        at: (entry, path, message, options = {}) => {
            const severity = silencer.severity(rule, options, entry.file.path, entry);
            if (severity)
                out.push((0,core_rule/* findingAt */.d)(entry, rule.id, severity, path, message, options));
        },
        file: (file, message, options = {}) => {
            const severity = silencer.severity(rule, options, file);
            if (severity)
                out.push({ rule: rule.id, severity, file, line: 1, column: 1, message, hint: options.hint });
        },
    };
}
/**
 * What the policy says of itself, once the rules ran (their findings were silenced or
 * re-graded as they were reported; the readers' findings are protected): overrides and
 * exceptions it cannot apply, and exceptions that silenced nothing where their rule looked.
 */
function policyNotes(silencer, policy, looked) {
    const notes = [];
    const unknownRule = (rule) => {
        const guess = (0,core_text/* closest */.kp)(rule, RULE_IDS);
        return guess ? `Did you mean "${guess}"?` : `Rule ids: ${[...RULE_IDS].join(', ')}.`;
    };
    for (const rule of Object.keys(policy.severity)) {
        if (PROTECTED.has(rule))
            notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', ['severity', rule], `rule "${rule}" cannot be re-graded: it keeps broken or hostile files out`, 'Remove this override; fix the files instead.'));
        else if (!RULE_IDS.has(rule))
            notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', ['severity', rule], `severity override for unknown rule "${rule}"`, unknownRule(rule)));
    }
    policy.exceptions.forEach((x, i) => {
        const at = ['exceptions', i];
        if (PROTECTED.has(x.rule))
            return notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', [...at, 'rule'], `rule "${x.rule}" cannot have exceptions: it keeps broken or hostile files out`, 'Remove this exception; fix the file instead.', 'value'));
        if (!RULE_IDS.has(x.rule))
            return notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', [...at, 'rule'], `exception for unknown rule "${x.rule}"`, unknownRule(x.rule), 'value'));
        const file = silencer.fileOf(x.id);
        if (!file)
            return notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', [...at, 'id'], `exception for "${x.id}", which no model in the store has as its id`, 'Remove the exception, or fix the id.', 'value'));
        const state = silencer.exceptions.get(`${x.rule}\u0000${x.id}`);
        if (state && state.index !== i)
            return notes.push((0,core_policy/* policyFinding */.U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" repeats entry ${state.index + 1}`, 'Keep one.'));
        if (state && !state.used && looked(x.rule, file))
            notes.push({ ...(0,core_policy/* policyFinding */.U9)(policy, 'warning', at, `exception for ${x.rule} on "${x.id}" no longer matches anything: the model passes the rule`, 'Remove the exception so the rule guards this model again.'), rule: core_policy/* UNUSED_EXCEPTION */.d_ });
    });
    return notes;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
function engine_sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        ORDER[a.severity] - ORDER[b.severity] ||
        cmp(a.rule, b.rule) ||
        cmp(a.message, b.message));
}
function summarize(findings, files) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { files, errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
/** Warnings count as errors (--strict). */
function strictly(findings) {
    return findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/io/litellm.ts
var litellm = __nccwpck_require__(9995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/fs.ts
var fs = __nccwpck_require__(665);
;// CONCATENATED MODULE: ./src/io/litellm-lookups.ts
/**
 * The LiteLLM snapshot as the hook reads it: a commit's check looks up the few names its staged
 * cloud models route to, yet parsing the list costs ~25 ms (1.5 MB), ~70 ms on a 10,000-model
 * store's list. The answers of earlier runs are kept in the repository's own folder
 * (.git/leger-curate/litellm.json) under the hash of the list they came from, so a list changed
 * in any way is parsed again; a name not kept, or a question that needs the whole list (its
 * keys, for a did-you-mean), parses it as before. Kept entries pass the same checks as parsed
 * ones (asLiteLLMList). Safe to delete: a missing, unreadable or foreign file is ignored.
 */






const FORMAT = 'leger-curate litellm lookups 1';
/** Names kept: a store's commits touch a few models at a time; a few hundred kilobytes at most. */
const MAX_NAMES = 512;
const MAX_BYTES = 4 * 1024 * 1024;
/** Whether a source keeps its answers for the next run (the hook's). */
function isCached(source) {
    return typeof source.save === 'function';
}
/** The data folder's snapshot, answering from `cacheDir`'s lookups where the list is the one they came from. */
function cachedSnapshot(dataDir, cacheDir) {
    const file = external_node_path_default().join(cacheDir, 'litellm.json');
    let state;
    let full;
    const learnt = new Map();
    let origin;
    const read = () => {
        if (state)
            return state;
        const raw = (0,litellm/* readSnapshotBytes */.Sm)(dataDir);
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
        const kept = keptFor(file, sha256);
        const present = Object.create(null);
        for (const [name, entry] of kept)
            if (entry)
                present[name] = entry;
        return (state = { raw, sha256, kept, known: (0,core_litellm/* asLiteLLMList */.qo)(present) });
    };
    const whole = () => (full ??= (0,litellm/* snapshotFrom */.jv)(dataDir, read().raw, read().sha256));
    /** The entry under `key`, from the kept answers when they have it, else from the list (and learnt). */
    const entry = (key) => {
        if (typeof key !== 'string')
            return undefined;
        const s = read();
        if (s.kept.has(key))
            return s.kept.get(key) === null ? undefined : s.known[key];
        const e = Object.hasOwn(whole().list, key) ? whole().list[key] : undefined;
        learnt.set(key, e ?? null);
        return e;
    };
    return {
        list: (0,core_litellm/* listView */._O)(entry, () => Reflect.ownKeys(whole().list)),
        get origin() {
            return (origin ??= (0,litellm/* snapshotOrigin */.P6)(dataDir, () => read().sha256));
        },
        offline: true,
        save() {
            if (!learnt.size || !state)
                return;
            // The newest answers first, then the kept ones, up to MAX_NAMES.
            const names = [...learnt, ...[...state.kept].filter(([n]) => !learnt.has(n))].slice(0, MAX_NAMES);
            try {
                (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
                (0,fs/* writeFileAtomic */.Zf)(file, JSON.stringify({ format: FORMAT, sha256: state.sha256, names }));
            }
            catch {
                // a read-only repository or a full disk: the next commit parses the list again
            }
        },
    };
}
/** The answers kept for the list with this hash (none when the file is missing, foreign or of another list). */
function keptFor(file, sha256) {
    const kept = new Map();
    try {
        const text = (0,fs/* readBounded */.CB)(file, MAX_BYTES);
        if (typeof text !== 'string')
            return kept;
        const doc = JSON.parse(text);
        if (doc.format !== FORMAT || doc.sha256 !== sha256 || !Array.isArray(doc.names))
            return kept;
        for (const pair of doc.names.slice(0, MAX_NAMES)) {
            if (!Array.isArray(pair) || typeof pair[0] !== 'string')
                continue;
            const [name, entry] = pair;
            if (entry === null)
                kept.set(name, null);
            else if (entry && typeof entry === 'object' && !Array.isArray(entry))
                kept.set(name, entry);
        }
    }
    catch {
        // no answers yet, or a file that cannot be read: parse the list
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/io/assemble.ts
/**
 * The assembler: the only place that turns a snapshot into a Store, Schemas, the compiled
 * policy and the upstream facts, and runs the rules. Every door (validate, the hook, the
 * Action, add, deprecate, render, release) calls it, so two doors that read the same tree
 * reach the same verdict; doors differ only in the snapshot they read and what they report.
 */







/**
 * Parses the files, builds the schemas and reads the policy. `compiler` (ajv) is needed only
 * when the snapshot's schemas, or its base's, are not the prebuilt ones: see compilerFor.
 */
function assemble_open(snapshot, compiler) {
    const changes = snapshot.changes;
    // Outside a change's files, a plain JSON.parse serves cross-file rules (see Store).
    const quick = changes && !changes.everything ? new Set([...changes.added, ...changes.modified]) : undefined;
    const store = new core_store/* Store */.il(snapshot.files, snapshot.refused, { focus: quick });
    return { snapshot, store, compiler, ...configure(snapshot, snapshot, compiler) };
}
/** ajv's compiler when some schema in play is not prebuilt, loaded then (about 20 ms of start-up otherwise spent for nothing). */
async function compilerFor(snapshot) {
    const docs = [snapshot.schemaDocs, snapshot.base?.schemaDocs].filter((d) => d !== undefined);
    return docs.every(schema/* isPrebuilt */.su) ? undefined : (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(32)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9032))).ajvCompiler;
}
/** The schemas and the policy of a config (the snapshot's own, or its base's). */
function configure(snapshot, config, compiler) {
    // Checking the schemas themselves costs the meta-schema's compile: only when they are in question.
    const schemas = new schema/* Schemas */.ny(config.schemaDocs, { checkSchemas: !snapshot.changes || Boolean(snapshot.changes.everything), compiler });
    const read = config.policy ? (0,core_policy/* readPolicy */.T4)(config.policy, schemas) : { policy: core_policy/* DEFAULT_POLICY */.zj, findings: [] };
    return { schemas, policy: read.policy, policyFindings: read.findings };
}
/** Opens the snapshot and gathers the upstream facts for the files in `focus` (all when undefined). */
async function prepare(snapshot, request = {}, focus) {
    const env = request.env ?? process.env;
    const opened = assemble_open(snapshot, await compilerFor(snapshot));
    const { store } = opened;
    // The HTTP clients load only for an online check: the hook and the usual check never use them.
    const upstream = request.online
        ? await (await __nccwpck_require__.e(/* import() */ 955).then(__nccwpck_require__.bind(__nccwpck_require__, 2955))).gatherUpstream(store, { env, dataDir: snapshot.dataDir, scope: focus?.files, hfClient: request.hfClient })
        : { litellm: snapshot.lookups ? cachedSnapshot(snapshot.dataDir, snapshot.lookups) : lazySnapshot(snapshot.dataDir) };
    return { ...opened, ...upstream, today: request.today ?? todayOf(env) };
}
/** The verdict on a snapshot, with everything it was computed from. */
async function check(snapshot, request = {}) {
    // The focus needs the parsed store (replacement chains); the store is parsed once, in prepare.
    let focus = request.report ? (0,core_changes/* focusOn */.sS)(request.report) : undefined;
    const prepared = await prepare(snapshot, request, focus ?? (snapshot.changes && !snapshot.changes.everything ? (0,core_changes/* focusOn */.sS)([...snapshot.changes.added, ...snapshot.changes.modified]) : undefined));
    const { store, today } = prepared;
    if (!focus && snapshot.changes)
        focus = (0,core_changes/* focusOf */.sq)(store, snapshot.changes);
    const facts = { litellm: prepared.litellm, litellmProblem: prepared.litellmProblem, hf: prepared.hf, changes: snapshot.changes, focus, online: request.online, today };
    let findings;
    if (snapshot.base?.missing) {
        // Without the base's policy the change could loosen its own check: refuse it rather than trust it.
        findings = [...engine_runRules({ ...prepared, ...facts }), ...prepared.policyFindings, ...configRefusal(snapshot, snapshot.base.missing)];
    }
    else if (snapshot.base && configDiffers(snapshot, snapshot.base)) {
        // The change's model files are judged under the base's policy and schemas (the verdict); what
        // the new policy or schemas would do to the whole store is reported as notices on the change.
        const base = { ...prepared, ...configure(snapshot, snapshot.base, prepared.compiler) };
        const whole = (o) => engine_runRules({ ...o, ...facts, focus: undefined });
        focus = request.report ? focus : (0,core_changes/* focusOf */.sq)(store, { ...snapshot.changes, everything: undefined });
        const verdict = engine_runRules({ ...base, ...facts, focus });
        findings = [...verdict, ...prepared.policyFindings, ...effectOf(whole(base), whole(prepared), snapshot)];
    }
    else {
        findings = [...engine_runRules({ ...prepared, ...facts }), ...prepared.policyFindings];
    }
    if (request.strict)
        findings = strictly(findings);
    findings = engine_sortFindings(findings);
    // The hook keeps the snapshot's answers for its next commit.
    if (isCached(prepared.litellm))
        prepared.litellm.save();
    const files = focus ? focus.files.size : store.files.length + snapshot.refused.length;
    return { ...prepared, verdict: { findings, summary: summarize(findings, files), focus } };
}
/**
 * One new or edited model file judged as `validate` would judge it once written: the store
 * with this file, the full policy, the new-submission tier when `added`, the same upstream
 * facts. The scaffolder calls this for every answer, so it re-parses only the one file.
 */
function checkDraft(prepared, file, options) {
    const store = prepared.store.withFile(file);
    const only = new Set([file.path]);
    const none = new Set();
    const changes = { added: options.added ? only : none, modified: options.added ? none : only, deleted: none, before: new Map(), config: none };
    return sortFindings(runRules({ ...prepared, store, changes, focus: focusOn(only), online: false }));
}
/**
 * The data folder's LiteLLM snapshot, read (1.5 MB of JSON) the first time a rule looks at it:
 * only a cloud model in focus does, so a commit of local models never pays for the list.
 */
function lazySnapshot(dataDir) {
    let source;
    const read = () => (source ??= (0,litellm/* loadLiteLLMSnapshot */.Ez)(dataDir));
    return {
        get list() {
            return read().list;
        },
        get origin() {
            return read().origin;
        },
        offline: true,
    };
}
function todayOf(env) {
    const pinned = env.LEGER_TODAY;
    return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : new Date().toISOString().slice(0, 10);
}
function configDiffers(snapshot, base) {
    return snapshot.policy?.text !== base.policy?.text || JSON.stringify(snapshot.schemaDocs) !== JSON.stringify(base.schemaDocs);
}
/** Where a change to the policy or the schemas shows: the first line that differs, in the first file the change touches. */
function changedLine(snapshot) {
    const policy = snapshot.policy;
    const basePolicy = snapshot.base?.policy;
    if (policy && policy.text !== basePolicy?.text) {
        const a = policy.text.split('\n');
        const b = basePolicy?.text.split('\n') ?? [];
        let i = 0;
        while (i < a.length && a[i] === b[i])
            i++;
        return { file: policy.path, line: Math.min(i, a.length - 1) + 1 };
    }
    return { file: [...(snapshot.changes?.config ?? [])].sort()[0] ?? snapshot.layout.policy, line: 1 };
}
const EFFECT = 'config-effect';
/**
 * What the change to the policy or schemas would do to the verdict, as notices on its first
 * changed line: each finding it would add, and each it would silence.
 */
function effectOf(base, head, snapshot) {
    const key = (f) => [f.rule, f.severity, f.file, f.line, f.column, f.message].join('\u0000');
    const before = new Set(base.map(key));
    const after = new Set(head.map(key));
    const at = changedLine(snapshot);
    const ref = snapshot.base.ref;
    const hint = `Model files are judged under the policy and schemas of ${ref}; this change applies once it is merged.`;
    const note = (f, verb) => ({
        rule: EFFECT,
        severity: 'notice',
        file: at.file,
        line: at.line,
        column: 1,
        message: `this change would ${verb} ${f.severity} ${f.rule} at ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`,
        hint,
    });
    return [...head.filter((f) => !before.has(key(f))).map((f) => note(f, 'add')), ...base.filter((f) => !after.has(key(f))).map((f) => note(f, 'silence'))];
}
function configRefusal(snapshot, why) {
    const at = changedLine(snapshot);
    return [
        {
            rule: EFFECT,
            severity: 'error',
            file: at.file,
            line: at.line,
            column: 1,
            message: `this change touches the policy or the schemas, and the base commit's cannot be read (${why}): it cannot be judged without them`,
            hint: 'Check out the full history (actions/checkout with fetch-depth: 0) so the change is judged under the base commit\'s policy and schemas.',
        },
    ];
}
/** Each model file with errors, and its first error: what render and release refuse to use. */
function filesWithErrors(findings) {
    const out = new Map();
    for (const f of findings)
        if (f.severity === 'error' && !out.has(f.file))
            out.set(f.file, f);
    return out;
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ MAX_MODEL_BYTES),
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   DD: () => (/* binding */ loadStoreDir),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Q7: () => (/* binding */ isDir),
/* harmony export */   Td: () => (/* binding */ loadSchemaDocs),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   as: () => (/* binding */ resolveSchemasDir),
/* harmony export */   nt: () => (/* binding */ deadLeftovers)
/* harmony export */ });
/* unused harmony exports refusal, NOT_UTF8, processAlive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3054);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2020);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7336);
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
        const shownDir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .G)(dir, base);
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
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(local, 'cloud.schema.json')) ? local : node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .packageRoot */ .Z)(), 'schemas');
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

/***/ 6557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   gj: () => (/* binding */ isPermissionError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A token that may not write here (fork PRs get a read-only one): GitHub answers 403, or 404 to hide the resource. */
function isPermissionError(err) {
    const s = httpStatus(err);
    return s === 403 || s === 404;
}
/**
 * The most pages (of 100 items) any listing reads: 5,000 pull request files, comments, issues or
 * release assets. GitHub itself lists at most 3,000 files of a pull request; a listing longer
 * than this is refused with a clear error rather than read for ever.
 */
const MAX_PAGES = 50;
/** Every item of a paginated listing (`client.paginate.iterator(...)`), at most MAX_PAGES pages. */
async function listAll(what, pages, max = MAX_PAGES) {
    const out = [];
    let n = 0;
    for await (const page of pages) {
        if (++n > max)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK(`GitHub lists more than ${max} pages of ${what} (over ${max * 100}): stopped reading`, {
                hint: `The toolkit reads at most ${max} pages of any listing; split the pull request, or close old ${what}.`,
                exitCode: 2,
            });
        out.push(...page.data);
    }
    return out;
}


/***/ }),

/***/ 742:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   gA: () => (/* binding */ UpstreamError),
/* harmony export */   yM: () => (/* binding */ httpOptionsFromEnv)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/**
 * JSON over HTTP for upstream facts: a timeout on every request, retries with backoff on
 * 429 and 5xx (honouring Retry-After), and a cap on requests in flight. Failures come back
 * as values or an UpstreamError (a CurateError), never as an unhandled rejection.
 */

/** Network failure, timeout, or retries exhausted. */
class UpstreamError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CurateError */ .nK {
    url;
    constructor(url, message) {
        super(`${redact(url)}: ${message}`, { hint: 'Check the network, or the endpoint variable (HF_ENDPOINT, LITELLM_PRICES_URL, GITHUB_API_URL).' });
        this.url = url;
        this.name = 'UpstreamError';
    }
}
const DEFAULTS = { timeoutMs: 15_000, retries: 3, backoffMs: 500, maxWaitMs: 60_000 };
/**
 * LEGER_HTTP_TIMEOUT_MS, LEGER_HTTP_RETRIES and LEGER_HTTP_BACKOFF_MS, for slow links
 * (and for tests, which cannot wait minutes for a hanging server).
 */
function httpOptionsFromEnv(env) {
    const n = (v) => (v !== undefined && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : undefined);
    const o = {};
    const timeout = n(env.LEGER_HTTP_TIMEOUT_MS);
    const retries = n(env.LEGER_HTTP_RETRIES);
    const backoff = n(env.LEGER_HTTP_BACKOFF_MS);
    if (timeout)
        o.timeoutMs = timeout;
    if (retries !== undefined)
        o.retries = Math.min(retries, 10);
    if (backoff !== undefined)
        o.backoffMs = backoff;
    return o;
}
async function getJson(url, options = {}) {
    const o = { ...DEFAULTS, ...options };
    let lastProblem = '';
    for (let attempt = 0; attempt <= o.retries; attempt++) {
        let wait = o.backoffMs * 2 ** attempt;
        try {
            const res = await fetch(url, { headers: { accept: 'application/json', ...o.headers }, signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
            const text = await res.text();
            if (res.status === 429 || res.status >= 500) {
                lastProblem = `HTTP ${res.status}`;
                const after = retryAfterMs(res.headers.get('retry-after'));
                if (after !== undefined) {
                    if (after > o.maxWaitMs)
                        throw new UpstreamError(url, `HTTP ${res.status}, asked to retry after ${Math.ceil(after / 1000)} s`);
                    wait = after;
                }
            }
            else {
                let json;
                try {
                    json = text ? JSON.parse(text) : undefined;
                }
                catch {
                    json = undefined;
                }
                return { status: res.status, headers: res.headers, json, text };
            }
        }
        catch (err) {
            if (err instanceof UpstreamError)
                throw err;
            const e = err;
            // A URL fetch refuses outright (credentials in it, a bad scheme) will not improve with retries.
            if (e.name === 'TypeError' && !e.cause)
                throw new UpstreamError(url, redactAll(e.message));
            lastProblem = e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : redactAll(e.cause?.code ?? e.message);
        }
        if (attempt < o.retries)
            await sleep(wait);
    }
    throw new UpstreamError(url, `${lastProblem} (after ${o.retries + 1} attempts)`);
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}
/** Runs at most `n` tasks at once. */
function limiter(n) {
    let active = 0;
    const queue = [];
    return async (task) => {
        if (active >= n)
            await new Promise((resolve) => queue.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            queue.shift()?.();
        }
    };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** URLs in messages lose their credentials. */
function redact(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/** Every URL inside a message loses its credentials (undici quotes the URL it refused). */
function redactAll(message) {
    return message.replace(/\/\/[^/@\s]*@/g, '//***@');
}


/***/ }),

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ loadLiteLLMSnapshot),
/* harmony export */   HG: () => (/* binding */ resolveDataDir),
/* harmony export */   P6: () => (/* binding */ snapshotOrigin),
/* harmony export */   Sm: () => (/* binding */ readSnapshotBytes),
/* harmony export */   _3: () => (/* binding */ fetchLiteLLMList),
/* harmony export */   jv: () => (/* binding */ snapshotFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_LITELLM_PRICES_URL, SNAPSHOT_FILE, SNAPSHOT_META_FILE, snapshotPath, readLiteLLMFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
/* harmony import */ var _core_litellm_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8076);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(742);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7336);
/** LiteLLM's price list: the shipped snapshot (offline, the default) or the live list (--online). */







const DEFAULT_LITELLM_PRICES_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const SNAPSHOT_FILE = 'litellm-model-prices.json';
const SNAPSHOT_META_FILE = 'litellm-model-prices.source.json';
/** The snapshot file in a data folder (default: the toolkit's own data/). */
function snapshotPath(dataDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .packageRoot */ .Z)(), 'data')) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataDir, SNAPSHOT_FILE);
}
/**
 * The data folder every door reads upstream facts from: the repository's data/ when it holds a
 * snapshot (at `base`, or beside the store folder), else the toolkit's own.
 */
function resolveDataDir(base, storeDir) {
    for (const root of [base, storeDir && node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, storeDir))]) {
        if (root && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'data', SNAPSHOT_FILE)))
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'data');
    }
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .packageRoot */ .Z)(), 'data');
}
const snapshots = new Map();
/**
 * The shipped snapshot (parsed once per folder per process: 1.4 MB of JSON). Its origin (the
 * date its note gives, checked against the list's hash) is worked out when a message first
 * names it: most checks never do, and hashing the list cost as much as parsing it.
 */
function loadLiteLLMSnapshot(dataDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .packageRoot */ .Z)(), 'data')) {
    const hit = snapshots.get(dataDir);
    if (hit)
        return hit;
    const source = snapshotFrom(dataDir, readSnapshotBytes(dataDir));
    snapshots.set(dataDir, source);
    return source;
}
/** The snapshot of `dataDir` from its bytes (`sha256`, their hash, when the caller took it already). */
function snapshotFrom(dataDir, raw, sha256) {
    let list;
    try {
        list = (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .asLiteLLMList */ .qo)(JSON.parse(raw.toString('utf8')));
    }
    catch (err) {
        throw unreadable(dataDir, err);
    }
    let origin;
    return {
        list,
        get origin() {
            return (origin ??= snapshotOrigin(dataDir, () => (sha256 ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex'))));
        },
        offline: true,
    };
}
/** The snapshot file's bytes; CurateError when it cannot be read. */
function readSnapshotBytes(dataDir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(snapshotPath(dataDir));
    }
    catch (err) {
        throw unreadable(dataDir, err);
    }
}
/** The one error for a snapshot that cannot be read or parsed. */
function unreadable(dataDir, err) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CurateError */ .nK(`cannot read the LiteLLM snapshot in ${dataDir}: ${err.message}`, { hint: 'Restore data/litellm-model-prices.json (git checkout), or run leger-curate refresh-upstream.', cause: err });
}
/** Where a snapshot's facts come from, for messages: "LiteLLM snapshot of 2026-07-24" (`sha256`: the list's hash). */
function snapshotOrigin(dataDir, sha256) {
    return `LiteLLM snapshot of ${snapshotDate(dataDir, sha256)}`;
}
/** The date the snapshot's note gives, when the note describes this list. */
function snapshotDate(dataDir, sha256) {
    try {
        const meta = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dataDir, SNAPSHOT_META_FILE), 'utf8'));
        // The note's hash names the list it describes: a refresh killed between its two files
        // leaves a note that does not match, and its date is then not the list's.
        const matches = typeof meta.sha256 !== 'string' || meta.sha256 === sha256();
        if (typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.date))
            return matches ? meta.date : `unknown date (its note, of ${meta.date}, describes another list: run refresh-upstream again)`;
    }
    catch {
        // the list without its note still serves; the origin says the date is unknown
    }
    return 'unknown date';
}
/** The live list from LITELLM_PRICES_URL (default: LiteLLM's main branch); UpstreamError when it cannot be had. */
async function fetchLiteLLMList(env = process.env, options = {}) {
    const url = env.LITELLM_PRICES_URL || DEFAULT_LITELLM_PRICES_URL;
    const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .getJson */ .Tt)(url, { ...(0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .httpOptionsFromEnv */ .yM)(env), ...options });
    if (res.status !== 200 || !res.json || typeof res.json !== 'object' || Array.isArray(res.json))
        throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .UpstreamError */ .gA(url, `expected LiteLLM's price list (a JSON object), got HTTP ${res.status}${res.json === undefined ? ' with a body that is not JSON' : Array.isArray(res.json) ? ' with an array' : ''}`);
    const list = (0,_core_litellm_js__WEBPACK_IMPORTED_MODULE_4__/* .asLiteLLMList */ .qo)(res.json);
    if (Object.keys(list).length === 0)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_5__/* .UpstreamError */ .gA(url, 'the price list holds no models');
    return { list, origin: url, offline: false, raw: res.text };
}
/** A copy of the list on disk (refresh-upstream --from): CurateError when it is missing or is not the list. */
function readLiteLLMFile(file) {
    let raw;
    try {
        raw = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new CurateError(`cannot read ${file}: ${err.code ?? err.message}`, { hint: "Pass the path of a copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2, cause: err });
    }
    let json;
    try {
        json = JSON.parse(raw);
    }
    catch (err) {
        throw new CurateError(`${file} is not JSON: ${err.message}`, { hint: "Pass a whole copy of LiteLLM's model_prices_and_context_window.json.", exitCode: 2 });
    }
    const list = json && typeof json === 'object' && !Array.isArray(json) ? asLiteLLMList(json) : undefined;
    if (!list || Object.keys(list).length === 0)
        throw new CurateError(`${file} is not LiteLLM's price list: it holds no models`, { exitCode: 2 });
    return { list, origin: file, offline: true, raw };
}


/***/ }),

/***/ 7336:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath),
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ withPolicySchema),
/* harmony export */   BK: () => (/* binding */ readPolicyFile)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, policyPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6585);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(665);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7336);
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
    return { path: (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .G)(full, base), text };
}
let toolkitPolicySchema;
/** The schemas with the policy schema among them: the store's own when it ships one, else the toolkit's. */
function withPolicySchema(docs) {
    if (Object.hasOwn(docs, _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD))
        return docs;
    toolkitPolicySchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .packageRoot */ .Z)(), 'schemas', _core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD), 'utf8'));
    return { ...docs, [_core_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_SCHEMA */ .tD]: toolkitPolicySchema };
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readWorkingTree)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(665);
/* harmony import */ var _litellm_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9995);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7336);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4888);
/** The working tree as a snapshot: the store folder, the schemas, the policy and the data folder on disk. */





function readWorkingTree(options) {
    const storeDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.base, options.store ?? 'model-store');
    const schemasDir = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSchemasDir */ .as)(options.schemas, options.base);
    const { files, refused } = (0,_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadStoreDir */ .DD)(storeDir, options.base);
    const policy = (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicyFile */ .BK)(options.base, options.policy, storeDir);
    const layout = {
        store: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(storeDir, options.base),
        schemas: (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(schemasDir, options.base),
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("domain");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// Generated by scripts/gen-validators.mjs from schemas/: do not edit.
exports["blueprint.schema.json"] = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"blueprint.schema.json","title":"Blueprint","description":"The models one deployment serves, by id only: the store supplies everything else. Overrides change deployment knobs, never model facts.","type":"object","additionalProperties":false,"required":["models"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"name":{"description":"a short name for this blueprint","examples":["minimal"],"$ref":"common.schema.json#/$defs/id"},"description":{"$ref":"common.schema.json#/$defs/line"},"publish_llama_swap":{"description":"also publish llama-swap on the host at 127.0.0.1:8080 (its own UI and API, unauthenticated); by default only LiteLLM reaches it, on the podman network","type":"boolean"},"models":{"description":"model ids, aliases or provider:model specs, by kind","type":"object","additionalProperties":false,"minProperties":1,"properties":{"cloud":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/cloudEntry"}},"local":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/localEntry"}}}}},"$defs":{"ref":{"description":"a model id, an alias, or a provider:model spec","examples":["gpt-5","openai:gpt-5"],"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},"cloudEntry":{"description":"a cloud model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"max_tokens":{"description":"the most tokens one response may hold (LiteLLM max_tokens); wins over the store's max_output","examples":[8192],"$ref":"common.schema.json#/$defs/positiveInt"}}}},"localEntry":{"description":"a local model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"ctx_size":{"description":"the context size llama-server is started with","examples":[16384],"$ref":"common.schema.json#/$defs/positiveInt"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never; at most a year (31,536,000)","examples":[300],"type":"integer","minimum":0,"maximum":31536000},"flash_attn":{"description":"whether llama-server uses flash attention","type":"boolean"},"batch_size":{"description":"llama-server's logical batch size","examples":[2048],"$ref":"common.schema.json#/$defs/positiveInt"}}}}}};const schema33 = {"description":"a plain id: lowercase letters, digits, dots and dashes, starting and ending with a letter or digit, no '..'","examples":["gpt-5","qwen3-0.6b"],"type":"string","minLength":2,"maxLength":100,"pattern":"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"};const schema34 = {"description":"one line of text, 1 to 200 characters, without control characters, line separators (U+2028, U+2029, U+0085) or bidirectional controls","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"};const func1 = (__nccwpck_require__(6214)["default"]);const pattern4 = new RegExp("^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$", "u");const pattern5 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$", "u");const schema35 = {"description":"a cloud model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"max_tokens":{"description":"the most tokens one response may hold (LiteLLM max_tokens); wins over the store's max_output","examples":[8192],"$ref":"common.schema.json#/$defs/positiveInt"}}}};const schema36 = {"description":"a model id, an alias, or a provider:model spec","examples":["gpt-5","openai:gpt-5"],"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"};const schema38 = {"description":"a whole number from 1 to 2^53 - 1 (9,007,199,254,740,991): larger integers cannot be read without rounding","type":"integer","minimum":1,"maximum":9007199254740991};const pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = true;const _errs1 = errors;if(typeof data !== "string"){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;if(typeof data === "string"){if(func1(data) > 200){const err1 = {instancePath,schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data) < 1){const err2 = {instancePath,schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern6.test(data)){const err3 = {instancePath,schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.else.required,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!((key0 === "id") || (key0 === "max_tokens"))){const err6 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 200){const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 1){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern6.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.max_tokens !== undefined){let data1 = data.max_tokens;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err11 = {instancePath:instancePath+"/max_tokens",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 9007199254740991 || isNaN(data1)){const err12 = {instancePath:instancePath+"/max_tokens",schemaPath:"common.schema.json#/$defs/positiveInt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1 < 1 || isNaN(data1)){const err13 = {instancePath:instancePath+"/max_tokens",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.else.type,parentSchema:schema35.else,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid0 = _errs6 === errors;valid0 = _valid0;if(valid0){var props0 = true;}ifClause0 = "else";}if(!valid0){const err15 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema35.if,parentSchema:schema35,data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate22.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema39 = {"description":"a local model: its id, or an object with the id and overrides","if":{"type":"string"},"then":{"$ref":"#/$defs/ref"},"else":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/$defs/ref"},"ctx_size":{"description":"the context size llama-server is started with","examples":[16384],"$ref":"common.schema.json#/$defs/positiveInt"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never; at most a year (31,536,000)","examples":[300],"type":"integer","minimum":0,"maximum":31536000},"flash_attn":{"description":"whether llama-server uses flash attention","type":"boolean"},"batch_size":{"description":"llama-server's logical batch size","examples":[2048],"$ref":"common.schema.json#/$defs/positiveInt"}}}};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = true;const _errs1 = errors;if(typeof data !== "string"){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;if(typeof data === "string"){if(func1(data) > 200){const err1 = {instancePath,schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data) < 1){const err2 = {instancePath,schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern6.test(data)){const err3 = {instancePath,schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath,schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema39.else.required,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(((((key0 === "id") || (key0 === "ctx_size")) || (key0 === "ttl")) || (key0 === "flash_attn")) || (key0 === "batch_size"))){const err6 = {instancePath,schemaPath:"#/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 200){const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 1){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern6.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9][A-Za-z0-9._/-]*)?$",parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ctx_size !== undefined){let data1 = data.ctx_size;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err11 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 9007199254740991 || isNaN(data1)){const err12 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1 < 1 || isNaN(data1)){const err13 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.ttl !== undefined){let data2 = data.ttl;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err14 = {instancePath:instancePath+"/ttl",schemaPath:"#/else/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.else.properties.ttl.type,parentSchema:schema39.else.properties.ttl,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 31536000 || isNaN(data2)){const err15 = {instancePath:instancePath+"/ttl",schemaPath:"#/else/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31536000},message:"must be <= 31536000",schema:31536000,parentSchema:schema39.else.properties.ttl,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data2 < 0 || isNaN(data2)){const err16 = {instancePath:instancePath+"/ttl",schemaPath:"#/else/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.else.properties.ttl,data:data2};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.flash_attn !== undefined){let data3 = data.flash_attn;if(typeof data3 !== "boolean"){const err17 = {instancePath:instancePath+"/flash_attn",schemaPath:"#/else/properties/flash_attn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.else.properties.flash_attn.type,parentSchema:schema39.else.properties.flash_attn,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.batch_size !== undefined){let data4 = data.batch_size;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err18 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){const err19 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data4 < 1 || isNaN(data4)){const err20 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}else {const err21 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.else.type,parentSchema:schema39.else,data};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid0 = _errs6 === errors;valid0 = _valid0;if(valid0){var props0 = true;}ifClause0 = "else";}if(!valid0){const err22 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema39.if,parentSchema:schema39,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate24.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="blueprint.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.models === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "name")) || (key0 === "description")) || (key0 === "publish_llama_swap")) || (key0 === "models"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func1(data1) > 100){const err4 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func1(data1) < 2){const err5 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err8 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.publish_llama_swap !== undefined){let data3 = data.publish_llama_swap;if(typeof data3 !== "boolean"){const err10 = {instancePath:instancePath+"/publish_llama_swap",schemaPath:"#/properties/publish_llama_swap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.publish_llama_swap.type,parentSchema:schema31.properties.publish_llama_swap,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.models !== undefined){let data4 = data.models;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(Object.keys(data4).length < 1){const err11 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!((key1 === "cloud") || (key1 === "local"))){const err12 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.cloud !== undefined){let data5 = data4.cloud;if(Array.isArray(data5)){if(data5.length > 500){const err13 = {instancePath:instancePath+"/models/cloud",schemaPath:"#/properties/models/properties/cloud/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties.models.properties.cloud,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data5[i0], {instancePath:instancePath+"/models/cloud/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/models/cloud",schemaPath:"#/properties/models/properties/cloud/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.models.properties.cloud.type,parentSchema:schema31.properties.models.properties.cloud,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.local !== undefined){let data7 = data4.local;if(Array.isArray(data7)){if(data7.length > 500){const err15 = {instancePath:instancePath+"/models/local",schemaPath:"#/properties/models/properties/local/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties.models.properties.local,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}const len1 = data7.length;for(let i1=0; i1<len1; i1++){if(!(validate24(data7[i1], {instancePath:instancePath+"/models/local/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}else {const err16 = {instancePath:instancePath+"/models/local",schemaPath:"#/properties/models/properties/local/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.models.properties.local.type,parentSchema:schema31.properties.models.properties.local,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.models.type,parentSchema:schema31.properties.models,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["cloud.schema.json"] = validate26;const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"cloud.schema.json","title":"Cloud API model","description":"A cloud model reached through LiteLLM. Keys appear in model files in the order listed here.","type":"object","additionalProperties":false,"required":["id","name","provider","litellm_model_name","context_window","requires_api_key"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"description":"the display name","examples":["GPT-5"],"$ref":"common.schema.json#/$defs/line"},"provider":{"description":"the provider, lowercase","examples":["openai","anthropic","gemini"],"$ref":"common.schema.json#/$defs/slug"},"litellm_model_name":{"description":"the LiteLLM identifier, provider/model-id","examples":["openai/gpt-5-2025-08-07"],"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"},"context_window":{"description":"the whole context window in tokens, as the provider documents it (at most 100,000,000)","examples":[400000],"$ref":"common.schema.json#/$defs/tokens"},"max_input":{"description":"the most input tokens one request may carry, for providers that cap input separately from the whole window (OpenAI: 272,000 of gpt-5's 400,000) (at most 100,000,000)","examples":[272000],"$ref":"common.schema.json#/$defs/tokens"},"max_output":{"description":"the most tokens one response may hold (at most 100,000,000)","examples":[128000],"$ref":"common.schema.json#/$defs/tokens"},"requires_api_key":{"description":"the environment variable that holds the API key","$ref":"common.schema.json#/$defs/envVar"},"description":{"$ref":"common.schema.json#/$defs/text"},"icon":{"$ref":"common.schema.json#/$defs/icon"},"capabilities":{"$ref":"common.schema.json#/$defs/capabilities"},"pricing":{"description":"prices in US dollars per 1M tokens","type":"object","additionalProperties":false,"required":["input_per_1m","output_per_1m"],"properties":{"input_per_1m":{"$ref":"#/$defs/price"},"output_per_1m":{"$ref":"#/$defs/price"},"cache_read_per_1m":{"$ref":"#/$defs/price"},"tier":{"description":"the price tier","enum":["frontier","premium","mid","budget","free"]}}},"use_cases":{"$ref":"common.schema.json#/$defs/lines"},"release_date":{"$ref":"common.schema.json#/$defs/date"},"features":{"$ref":"common.schema.json#/$defs/lines"},"performance":{"$ref":"common.schema.json#/$defs/metrics"},"parameters":{"$ref":"common.schema.json#/$defs/metrics"},"notes":{"$ref":"common.schema.json#/$defs/text"},"aliases":{"$ref":"common.schema.json#/$defs/aliases"},"enabled":{"description":"whether blueprints include the model by default","type":"boolean"},"deprecated":{"type":"boolean"},"replacement":{"description":"the id of the model to use instead","$ref":"common.schema.json#/$defs/id"},"deprecation_reason":{"$ref":"common.schema.json#/$defs/text"},"sunset_date":{"$ref":"common.schema.json#/$defs/date"},"sources":{"$ref":"common.schema.json#/$defs/sources"},"last_verified":{"$ref":"common.schema.json#/$defs/date"}},"$defs":{"price":{"description":"a price per 1M tokens, from $0 to $1,000,000: a number, or the human form \"$1.25\"","examples":["$1.25",1.25],"type":["number","string"],"minimum":0,"maximum":1000000,"maxLength":20,"pattern":"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"}}};const schema47 = {"description":"lowercase letters, digits, dashes and underscores","examples":["openai","qwen"],"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9_-]*$"};const schema48 = {"description":"a count of tokens, from 1 to 100,000,000","type":"integer","minimum":1,"maximum":100000000};const schema51 = {"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"};const schema52 = {"description":"free text of at most 4000 characters; newlines and tabs allowed, other control characters (C0, DEL, C1), U+2028, U+2029 and bidirectional controls (U+202A-U+202E, U+2066-U+2069) not","type":"string","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"};const schema53 = {"description":"a path under assets/ or an https URL, without '..'","examples":["assets/openai.svg"],"type":"string","maxLength":300,"pattern":"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"};const schema54 = {"description":"what the model can do","type":"array","uniqueItems":true,"items":{"enum":["chat","code","vision","reasoning","multimodal","tools","embeddings","audio","structured-output","web-search","prompt-caching","multilingual","fim"]}};const schema55 = {"description":"a price per 1M tokens, from $0 to $1,000,000: a number, or the human form \"$1.25\"","examples":["$1.25",1.25],"type":["number","string"],"minimum":0,"maximum":1000000,"maxLength":20,"pattern":"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"};const schema60 = {"description":"a calendar date, YYYY-MM-DD","examples":["2025-08-07"],"type":"string","format":"date"};const schema61 = {"description":"named values: keys are lowercase names, values numbers, strings or booleans","examples":[{"tokens_per_second":40}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":["number","string","boolean"],"minimum":-9007199254740991,"maximum":9007199254740991,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}};const func12 = Object.prototype.hasOwnProperty;const func0 = (__nccwpck_require__(4951)["default"]);const pattern12 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");const pattern13 = new RegExp("^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$", "u");const pattern14 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");const pattern15 = new RegExp("^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$", "u");const pattern16 = new RegExp("^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$", "u");const pattern17 = new RegExp("^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$", "u");const pattern21 = new RegExp("^[a-z][a-z0-9_.-]{0,63}$", "u");const pattern22 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$", "u");const schema58 = {"description":"a list of distinct one-line strings","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/line"}};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern5.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema58,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break outer0;}}}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema64 = {"description":"other names the model answers to, each a plain id","examples":[["gpt5"]],"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 100){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func1(data0) < 2){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break outer0;}}}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const schema69 = {"description":"the URLs every fact in this file comes from","examples":[["https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"]],"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/url"}};const schema70 = {"description":"an http(s) URL","examples":["https://docs.litellm.ai/docs/providers/openai"],"type":"string","maxLength":2000,"format":"uri","pattern":"^https?://[^\\s]+$"};const formats4 = (__nccwpck_require__(779).fullFormats).uri;const pattern29 = new RegExp("^https?://[^\\s]+$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 2000){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern29.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(formats4(data0))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break outer0;}}}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const formats0 = (__nccwpck_require__(779).fullFormats).date;function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="cloud.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.provider === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.litellm_model_name === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "litellm_model_name"},message:"must have required property '"+"litellm_model_name"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.context_window === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context_window"},message:"must have required property '"+"context_window"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.requires_api_key === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requires_api_key"},message:"must have required property '"+"requires_api_key"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(func12.call(schema44.properties, key0))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema44.properties.$schema,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.$schema.type,parentSchema:schema44.properties.$schema,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(func1(data1) > 100){const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(func1(data1) < 2){const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!pattern4.test(data1)){const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err13 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.provider !== undefined){let data3 = data.provider;if(typeof data3 === "string"){if(func1(data3) > 64){const err15 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data3) < 1){const err16 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern12.test(data3)){const err17 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.litellm_model_name !== undefined){let data4 = data.litellm_model_name;if(typeof data4 === "string"){if(func1(data4) > 200){const err19 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!pattern13.test(data4)){const err20 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._:@/-]*$",parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/litellm_model_name",schemaPath:"#/properties/litellm_model_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.litellm_model_name.type,parentSchema:schema44.properties.litellm_model_name,data:data4};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.context_window !== undefined){let data5 = data.context_window;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err22 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 100000000 || isNaN(data5)){const err23 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data5 < 1 || isNaN(data5)){const err24 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data5};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data.max_input !== undefined){let data6 = data.max_input;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err25 = {instancePath:instancePath+"/max_input",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 100000000 || isNaN(data6)){const err26 = {instancePath:instancePath+"/max_input",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data6 < 1 || isNaN(data6)){const err27 = {instancePath:instancePath+"/max_input",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.max_output !== undefined){let data7 = data.max_output;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err28 = {instancePath:instancePath+"/max_output",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 100000000 || isNaN(data7)){const err29 = {instancePath:instancePath+"/max_output",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data7};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7 < 1 || isNaN(data7)){const err30 = {instancePath:instancePath+"/max_output",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data7};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data.requires_api_key !== undefined){let data8 = data.requires_api_key;if(typeof data8 === "string"){if(func1(data8) > 128){const err31 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!pattern14.test(data8)){const err32 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\"",schema:"^[A-Z][A-Z0-9_]*$",parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/requires_api_key",schemaPath:"common.schema.json#/$defs/envVar/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data8};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.description !== undefined){let data9 = data.description;if(typeof data9 === "string"){if(!pattern15.test(data9)){const err34 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data9};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data9};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.icon !== undefined){let data10 = data.icon;if(typeof data10 === "string"){if(func1(data10) > 300){const err36 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!pattern16.test(data10)){const err37 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},message:"must match pattern \""+"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"+"\"",schema:"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$",parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data10};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(!(((((((((((((data12 === "chat") || (data12 === "code")) || (data12 === "vision")) || (data12 === "reasoning")) || (data12 === "multimodal")) || (data12 === "tools")) || (data12 === "embeddings")) || (data12 === "audio")) || (data12 === "structured-output")) || (data12 === "web-search")) || (data12 === "prompt-caching")) || (data12 === "multilingual")) || (data12 === "fim"))){const err39 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"common.schema.json#/$defs/capabilities/items/enum",keyword:"enum",params:{allowedValues: schema54.items.enum},message:"must be equal to one of the allowed values",schema:schema54.items.enum,parentSchema:schema54.items,data:data12};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}let i1 = data11.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data11[i1], data11[j0])){const err40 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;break outer0;}}}}}else {const err41 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.type,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.pricing !== undefined){let data13 = data.pricing;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.input_per_1m === undefined){const err42 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/required",keyword:"required",params:{missingProperty: "input_per_1m"},message:"must have required property '"+"input_per_1m"+"'",schema:schema44.properties.pricing.required,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data13.output_per_1m === undefined){const err43 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/required",keyword:"required",params:{missingProperty: "output_per_1m"},message:"must have required property '"+"output_per_1m"+"'",schema:schema44.properties.pricing.required,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}for(const key1 in data13){if(!((((key1 === "input_per_1m") || (key1 === "output_per_1m")) || (key1 === "cache_read_per_1m")) || (key1 === "tier"))){const err44 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data13.input_per_1m !== undefined){let data14 = data13.input_per_1m;if((!((typeof data14 == "number") && (isFinite(data14)))) && (typeof data14 !== "string")){const err45 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 1000000 || isNaN(data14)){const err46 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data14 < 0 || isNaN(data14)){const err47 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(typeof data14 === "string"){if(func1(data14) > 20){const err48 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!pattern17.test(data14)){const err49 = {instancePath:instancePath+"/pricing/input_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$",parentSchema:schema55,data:data14};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data13.output_per_1m !== undefined){let data15 = data13.output_per_1m;if((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")){const err50 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 1000000 || isNaN(data15)){const err51 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data15 < 0 || isNaN(data15)){const err52 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(typeof data15 === "string"){if(func1(data15) > 20){const err53 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern17.test(data15)){const err54 = {instancePath:instancePath+"/pricing/output_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$",parentSchema:schema55,data:data15};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}if(data13.cache_read_per_1m !== undefined){let data16 = data13.cache_read_per_1m;if((!((typeof data16 == "number") && (isFinite(data16)))) && (typeof data16 !== "string")){const err55 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/type",keyword:"type",params:{type: schema55.type},message:"must be number,string",schema:schema55.type,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 1000000 || isNaN(data16)){const err56 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data16 < 0 || isNaN(data16)){const err57 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(typeof data16 === "string"){if(func1(data16) > 20){const err58 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(!pattern17.test(data16)){const err59 = {instancePath:instancePath+"/pricing/cache_read_per_1m",schemaPath:"#/$defs/price/pattern",keyword:"pattern",params:{pattern: "^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"},message:"must match pattern \""+"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$"+"\"",schema:"^\\$(0|[1-9][0-9]{0,5}|1000000)(\\.[0-9]+)?$",parentSchema:schema55,data:data16};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}if(data13.tier !== undefined){let data17 = data13.tier;if(!(((((data17 === "frontier") || (data17 === "premium")) || (data17 === "mid")) || (data17 === "budget")) || (data17 === "free"))){const err60 = {instancePath:instancePath+"/pricing/tier",schemaPath:"#/properties/pricing/properties/tier/enum",keyword:"enum",params:{allowedValues: schema44.properties.pricing.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema44.properties.pricing.properties.tier.enum,parentSchema:schema44.properties.pricing.properties.tier,data:data17};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/pricing",schemaPath:"#/properties/pricing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.pricing.type,parentSchema:schema44.properties.pricing,data:data13};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.use_cases !== undefined){if(!(validate27(data.use_cases, {instancePath:instancePath+"/use_cases",parentData:data,parentDataProperty:"use_cases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.release_date !== undefined){let data19 = data.release_date;if(typeof data19 === "string"){if(!(formats0.validate(data19))){const err62 = {instancePath:instancePath+"/release_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data19};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/release_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data19};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.features !== undefined){if(!(validate27(data.features, {instancePath:instancePath+"/features",parentData:data,parentDataProperty:"features",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.performance !== undefined){let data21 = data.performance;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key2 in data21){const _errs58 = errors;if(typeof key2 === "string"){if(!pattern21.test(key2)){const err64 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}var valid20 = _errs58 === errors;if(!valid20){const err65 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data21};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}for(const key3 in data21){let data22 = data21[key3];if(((!((typeof data22 == "number") && (isFinite(data22)))) && (typeof data22 !== "string")) && (typeof data22 !== "boolean")){const err66 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 > 9007199254740991 || isNaN(data22)){const err67 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data22 < -9007199254740991 || isNaN(data22)){const err68 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(typeof data22 === "string"){if(func1(data22) > 200){const err69 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(!pattern22.test(data22)){const err70 = {instancePath:instancePath+"/performance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data22};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}}else {const err71 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data21};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data.parameters !== undefined){let data23 = data.parameters;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key4 in data23){const _errs65 = errors;if(typeof key4 === "string"){if(!pattern21.test(key4)){const err72 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}var valid23 = _errs65 === errors;if(!valid23){const err73 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data23};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}for(const key5 in data23){let data24 = data23[key5];if(((!((typeof data24 == "number") && (isFinite(data24)))) && (typeof data24 !== "string")) && (typeof data24 !== "boolean")){const err74 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 9007199254740991 || isNaN(data24)){const err75 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data24 < -9007199254740991 || isNaN(data24)){const err76 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(typeof data24 === "string"){if(func1(data24) > 200){const err77 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(!pattern22.test(data24)){const err78 = {instancePath:instancePath+"/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data24};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}}else {const err79 = {instancePath:instancePath+"/parameters",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data23};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.notes !== undefined){let data25 = data.notes;if(typeof data25 === "string"){if(!pattern15.test(data25)){const err80 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data25};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data25};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.aliases !== undefined){if(!(validate30(data.aliases, {instancePath:instancePath+"/aliases",parentData:data,parentDataProperty:"aliases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.enabled !== undefined){let data27 = data.enabled;if(typeof data27 !== "boolean"){const err82 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.enabled.type,parentSchema:schema44.properties.enabled,data:data27};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.deprecated !== undefined){let data28 = data.deprecated;if(typeof data28 !== "boolean"){const err83 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.deprecated.type,parentSchema:schema44.properties.deprecated,data:data28};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data.replacement !== undefined){let data29 = data.replacement;if(typeof data29 === "string"){if(func1(data29) > 100){const err84 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(func1(data29) < 2){const err85 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(!pattern4.test(data29)){const err86 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data29};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data.deprecation_reason !== undefined){let data30 = data.deprecation_reason;if(typeof data30 === "string"){if(!pattern15.test(data30)){const err88 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data30};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data30};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data.sunset_date !== undefined){let data31 = data.sunset_date;if(typeof data31 === "string"){if(!(formats0.validate(data31))){const err90 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data31};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data31};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data.sources !== undefined){if(!(validate32(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.last_verified !== undefined){let data33 = data.last_verified;if(typeof data33 === "string"){if(!(formats0.validate(data33))){const err92 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data33};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data33};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["common.schema.json"] = validate21;const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"common.schema.json","title":"Definitions shared by the cloud and local model schemas","$defs":{"id":{"description":"a plain id: lowercase letters, digits, dots and dashes, starting and ending with a letter or digit, no '..'","examples":["gpt-5","qwen3-0.6b"],"type":"string","minLength":2,"maxLength":100,"pattern":"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},"line":{"description":"one line of text, 1 to 200 characters, without control characters, line separators (U+2028, U+2029, U+0085) or bidirectional controls","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},"text":{"description":"free text of at most 4000 characters; newlines and tabs allowed, other control characters (C0, DEL, C1), U+2028, U+2029 and bidirectional controls (U+202A-U+202E, U+2066-U+2069) not","type":"string","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},"slug":{"description":"lowercase letters, digits, dashes and underscores","examples":["openai","qwen"],"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9_-]*$"},"envVar":{"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"},"date":{"description":"a calendar date, YYYY-MM-DD","examples":["2025-08-07"],"type":"string","format":"date"},"url":{"description":"an http(s) URL","examples":["https://docs.litellm.ai/docs/providers/openai"],"type":"string","maxLength":2000,"format":"uri","pattern":"^https?://[^\\s]+$"},"lines":{"description":"a list of distinct one-line strings","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/line"}},"aliases":{"description":"other names the model answers to, each a plain id","examples":[["gpt5"]],"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/id"}},"capabilities":{"description":"what the model can do","type":"array","uniqueItems":true,"items":{"enum":["chat","code","vision","reasoning","multimodal","tools","embeddings","audio","structured-output","web-search","prompt-caching","multilingual","fim"]}},"metrics":{"description":"named values: keys are lowercase names, values numbers, strings or booleans","examples":[{"tokens_per_second":40}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":["number","string","boolean"],"minimum":-9007199254740991,"maximum":9007199254740991,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}},"sources":{"description":"the URLs every fact in this file comes from","examples":[["https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"]],"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/url"}},"icon":{"description":"a path under assets/ or an https URL, without '..'","examples":["assets/openai.svg"],"type":"string","maxLength":300,"pattern":"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},"positiveInt":{"description":"a whole number from 1 to 2^53 - 1 (9,007,199,254,740,991): larger integers cannot be read without rounding","type":"integer","minimum":1,"maximum":9007199254740991},"tokens":{"description":"a count of tokens, from 1 to 100,000,000","type":"integer","minimum":1,"maximum":100000000}}};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="common.schema.json" */;validate21.errors = null;return true;}validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};exports["index.schema.json"] = validate34;const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"index.schema.json","title":"Release index","description":"index.json of a release: every model of the store with counts, the commit it was built from and the schema version.","type":"object","additionalProperties":false,"required":["schema_version","commit","counts","models"],"properties":{"$schema":{"type":"string","maxLength":300},"schema_version":{"description":"the version of this index format","const":1},"commit":{"description":"the store's git commit, or null outside a git repository","anyOf":[{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},{"type":"null"}]},"counts":{"type":"object","additionalProperties":false,"required":["total","deprecated","by_kind","by_provider","by_group","by_capability"],"properties":{"total":{"type":"integer","minimum":0},"deprecated":{"type":"integer","minimum":0},"by_kind":{"$ref":"#/$defs/tally"},"by_provider":{"$ref":"#/$defs/tally"},"by_group":{"$ref":"#/$defs/tally"},"by_capability":{"$ref":"#/$defs/tally"}}},"models":{"type":"array","items":{"$ref":"#/$defs/model"}}},"$defs":{"tally":{"type":"object","additionalProperties":{"type":"integer","minimum":0}},"model":{"type":"object","additionalProperties":false,"required":["id","kind","name","file","deprecated","definition"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"enum":["cloud","local"]},"name":{"type":"string"},"file":{"description":"the model file, relative to the repository","type":"string"},"provider":{"$ref":"common.schema.json#/$defs/slug"},"group":{"type":"string"},"deprecated":{"type":"boolean"},"replacement":{"$ref":"common.schema.json#/$defs/id"},"definition":{"description":"the model file's content, without $schema","type":"object"}}}}};const schema73 = {"type":"object","additionalProperties":{"type":"integer","minimum":0}};const pattern30 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");const schema77 = {"type":"object","additionalProperties":false,"required":["id","kind","name","file","deprecated","definition"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id"},"kind":{"enum":["cloud","local"]},"name":{"type":"string"},"file":{"description":"the model file, relative to the repository","type":"string"},"provider":{"$ref":"common.schema.json#/$defs/slug"},"group":{"type":"string"},"deprecated":{"type":"boolean"},"replacement":{"$ref":"common.schema.json#/$defs/id"},"definition":{"description":"the model file's content, without $schema","type":"object"}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate35.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.kind === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.name === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.file === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.deprecated === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deprecated"},message:"must have required property '"+"deprecated"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.definition === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema77.required,parentSchema:schema77,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key0 in data){if(!(func12.call(schema77.properties, key0))){const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func1(data0) > 100){const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func1(data0) < 2){const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern4.test(data0)){const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.kind !== undefined){let data1 = data.kind;if(!((data1 === "cloud") || (data1 === "local"))){const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema77.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.kind.enum,parentSchema:schema77.properties.kind,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 !== "string"){const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.name.type,parentSchema:schema77.properties.name,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.file !== undefined){let data3 = data.file;if(typeof data3 !== "string"){const err13 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.file.type,parentSchema:schema77.properties.file,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.provider !== undefined){let data4 = data.provider;if(typeof data4 === "string"){if(func1(data4) > 64){const err14 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func1(data4) < 1){const err15 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!pattern12.test(data4)){const err16 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/provider",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.group !== undefined){let data5 = data.group;if(typeof data5 !== "string"){const err18 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.group.type,parentSchema:schema77.properties.group,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.deprecated !== undefined){let data6 = data.deprecated;if(typeof data6 !== "boolean"){const err19 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.deprecated.type,parentSchema:schema77.properties.deprecated,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.replacement !== undefined){let data7 = data.replacement;if(typeof data7 === "string"){if(func1(data7) > 100){const err20 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func1(data7) < 2){const err21 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!pattern4.test(data7)){const err22 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.definition !== undefined){let data8 = data.definition;if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){const err24 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.definition.type,parentSchema:schema77.properties.definition,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate35.errors = vErrors;return errors === 0;}validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="index.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema_version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.commit === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.counts === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.models === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema72.required,parentSchema:schema72,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "schema_version")) || (key0 === "commit")) || (key0 === "counts")) || (key0 === "models"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.$schema.type,parentSchema:schema72.properties.$schema,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schema_version !== undefined){let data1 = data.schema_version;if(1 !== data1){const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema72.properties.schema_version,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.commit !== undefined){let data2 = data.commit;const _errs6 = errors;let valid1 = false;const _errs7 = errors;if(typeof data2 === "string"){if(!pattern30.test(data2)){const err8 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema72.properties.commit.anyOf[0],data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.commit.anyOf[0].type,parentSchema:schema72.properties.commit.anyOf[0],data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;const _errs9 = errors;if(data2 !== null){const err10 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema72.properties.commit.anyOf[1].type,parentSchema:schema72.properties.commit.anyOf[1],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs9 === errors;valid1 = valid1 || _valid0;if(!valid1){const err11 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.commit.anyOf,parentSchema:schema72.properties.commit,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}}if(data.counts !== undefined){let data3 = data.counts;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.total === undefined){const err12 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.deprecated === undefined){const err13 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "deprecated"},message:"must have required property '"+"deprecated"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.by_kind === undefined){const err14 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_kind"},message:"must have required property '"+"by_kind"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3.by_provider === undefined){const err15 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_provider"},message:"must have required property '"+"by_provider"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data3.by_group === undefined){const err16 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_group"},message:"must have required property '"+"by_group"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data3.by_capability === undefined){const err17 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "by_capability"},message:"must have required property '"+"by_capability"+"'",schema:schema72.properties.counts.required,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key1 in data3){if(!((((((key1 === "total") || (key1 === "deprecated")) || (key1 === "by_kind")) || (key1 === "by_provider")) || (key1 === "by_group")) || (key1 === "by_capability"))){const err18 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.total !== undefined){let data4 = data3.total;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err19 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.counts.properties.total.type,parentSchema:schema72.properties.counts.properties.total,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err20 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.counts.properties.total,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data3.deprecated !== undefined){let data5 = data3.deprecated;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err21 = {instancePath:instancePath+"/counts/deprecated",schemaPath:"#/properties/counts/properties/deprecated/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.counts.properties.deprecated.type,parentSchema:schema72.properties.counts.properties.deprecated,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err22 = {instancePath:instancePath+"/counts/deprecated",schemaPath:"#/properties/counts/properties/deprecated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.properties.counts.properties.deprecated,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data3.by_kind !== undefined){let data6 = data3.by_kind;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){let data7 = data6[key2];if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err23 = {instancePath:instancePath+"/counts/by_kind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err24 = {instancePath:instancePath+"/counts/by_kind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data7};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath:instancePath+"/counts/by_kind",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3.by_provider !== undefined){let data8 = data3.by_provider;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key3 in data8){let data9 = data8[key3];if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err26 = {instancePath:instancePath+"/counts/by_provider/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err27 = {instancePath:instancePath+"/counts/by_provider/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data9};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/counts/by_provider",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data3.by_group !== undefined){let data10 = data3.by_group;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key4 in data10){let data11 = data10[key4];if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err29 = {instancePath:instancePath+"/counts/by_group/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data11};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err30 = {instancePath:instancePath+"/counts/by_group/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {instancePath:instancePath+"/counts/by_group",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data10};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data3.by_capability !== undefined){let data12 = data3.by_capability;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key5 in data12){let data13 = data12[key5];if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err32 = {instancePath:instancePath+"/counts/by_capability/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.additionalProperties.type,parentSchema:schema73.additionalProperties,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err33 = {instancePath:instancePath+"/counts/by_capability/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tally/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema73.additionalProperties,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}}else {const err34 = {instancePath:instancePath+"/counts/by_capability",schemaPath:"#/$defs/tally/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data12};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.counts.type,parentSchema:schema72.properties.counts,data:data3};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.models !== undefined){let data14 = data.models;if(Array.isArray(data14)){const len0 = data14.length;for(let i0=0; i0<len0; i0++){if(!(validate35(data14[i0], {instancePath:instancePath+"/models/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}else {const err36 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.models.type,parentSchema:schema72.properties.models,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["local.schema.json"] = validate37;const schema81 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"local.schema.json","title":"Local GGUF model","description":"A GGUF model on HuggingFace served by llama-server through llama-swap. Keys appear in model files in the order listed here.","type":"object","additionalProperties":false,"required":["id","name","model_uri","quantization","ram_required_gb","context_window","group"],"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"id":{"$ref":"common.schema.json#/$defs/id"},"name":{"description":"the display name","examples":["Qwen3 4B"],"$ref":"common.schema.json#/$defs/line"},"model_uri":{"description":"the GGUF file on HuggingFace: huggingface://<org>/<repo>/<path>.gguf (hf:// also accepted); split models name shard 1","examples":["huggingface://Qwen/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf"],"type":"string","maxLength":500,"pattern":"^(huggingface|hf)://[^\\s]+$"},"quantization":{"description":"the GGUF quantization","examples":["Q4_K_M","Q8_0","MXFP4"],"type":"string","maxLength":32,"pattern":"^[A-Za-z0-9][A-Za-z0-9_]*$"},"ram_required_gb":{"description":"memory needed to serve the model at ctx_size, in GB","examples":[4],"type":"number","minimum":1,"maximum":4096},"context_window":{"description":"the native context window in tokens, as the model card states it (at most 100,000,000)","examples":[32768],"$ref":"common.schema.json#/$defs/tokens"},"group":{"description":"the llama-swap group the model belongs to","enum":["task","balanced","heavy","embeddings"]},"description":{"$ref":"common.schema.json#/$defs/text"},"icon":{"$ref":"common.schema.json#/$defs/icon"},"family":{"description":"the model family, lowercase","examples":["qwen3","gpt-oss"],"$ref":"common.schema.json#/$defs/slug"},"capabilities":{"$ref":"common.schema.json#/$defs/capabilities"},"parameters_b":{"description":"parameters in billions (total, for mixture-of-experts models), at most 100,000","examples":[4],"type":"number","exclusiveMinimum":0,"maximum":100000},"size_bytes":{"description":"the size of the GGUF file in bytes (all shards summed), at most 10 TB (10,000,000,000,000)","examples":[2497280256],"type":"integer","minimum":1,"maximum":10000000000000},"ctx_size":{"description":"the context size llama-server is started with (at most 100,000,000)","examples":[8192],"$ref":"common.schema.json#/$defs/tokens"},"ttl":{"description":"seconds of idleness before llama-swap unloads the model; 0 = never; at most a year (31,536,000)","examples":[300],"type":"integer","minimum":0,"maximum":31536000},"hf_repo":{"description":"the HuggingFace repository, org/repo","examples":["Qwen/Qwen3-4B-GGUF"],"type":"string","maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},"hf_file":{"description":"the file in the repository (shard 1 for split models)","examples":["Qwen3-4B-Q4_K_M.gguf"],"type":"string","maxLength":300,"pattern":"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"},"sha256":{"description":"the SHA-256 of the GGUF file as the Hub states it (lfs.sha256); for a split model, a list with one per shard, in shard order","examples":["9465e63a22add5354d9bb4b99e90117043c7124007664907259bd16d043bb031"],"oneOf":[{"type":"string","pattern":"^[0-9a-f]{64}$"},{"type":"array","minItems":2,"maxItems":100,"items":{"type":"string","pattern":"^[0-9a-f]{64}$"}}]},"revision":{"description":"the repository commit (40 hex digits) the file and its sha256 were verified at","examples":["23749fefcc72300e3a2ad315e1317431b06b590a"],"type":"string","pattern":"^[0-9a-f]{40}$"},"aliases":{"$ref":"common.schema.json#/$defs/aliases"},"shortname":{"description":"a short name","$ref":"common.schema.json#/$defs/id"},"embedding_dimension":{"description":"the embedding width, for embedding models","examples":[4096],"$ref":"common.schema.json#/$defs/positiveInt"},"pooling":{"description":"the pooling the model card specifies for embeddings, passed as llama-server --pooling (needed when the GGUF carries none; only last lets the server split inputs longer than the batch)","examples":["last"],"enum":["none","mean","cls","last","rank"]},"vulkan_driver":{"description":"the preferred Vulkan driver","enum":["RADV","AMDVLK"]},"flash_attn":{"type":"boolean"},"batch_size":{"$ref":"common.schema.json#/$defs/tokens"},"license":{"description":"the licence identifier as HuggingFace names it","examples":["apache-2.0","llama4"],"type":"string","maxLength":64,"pattern":"^[a-z0-9][a-z0-9.+-]*$"},"benchmarks":{"description":"published benchmark scores by name","examples":[{"mmlu":85.3}],"type":"object","minProperties":1,"propertyNames":{"pattern":"^[a-z][a-z0-9_.-]{0,63}$"},"additionalProperties":{"type":"number","minimum":-9007199254740991,"maximum":9007199254740991}},"use_cases":{"$ref":"common.schema.json#/$defs/lines"},"performance":{"$ref":"common.schema.json#/$defs/metrics"},"notes":{"$ref":"common.schema.json#/$defs/text"},"enabled":{"description":"whether blueprints include the model by default","type":"boolean"},"deprecated":{"type":"boolean"},"replacement":{"description":"the id of the model to use instead","$ref":"common.schema.json#/$defs/id"},"deprecation_reason":{"$ref":"common.schema.json#/$defs/text"},"sunset_date":{"$ref":"common.schema.json#/$defs/date"},"sources":{"$ref":"common.schema.json#/$defs/sources"},"last_verified":{"$ref":"common.schema.json#/$defs/date"}}};const pattern36 = new RegExp("^(huggingface|hf)://[^\\s]+$", "u");const pattern37 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_]*$", "u");const pattern41 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern42 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$", "u");const pattern43 = new RegExp("^[0-9a-f]{64}$", "u");const pattern45 = new RegExp("^[0-9a-f]{40}$", "u");const pattern48 = new RegExp("^[a-z0-9][a-z0-9.+-]*$", "u");function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate38.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 100){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func1(data0) < 2){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema64,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break outer0;}}}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate38.errors = vErrors;return errors === 0;}validate38.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(!pattern5.test(data0)){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema58,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break outer0;}}}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){if(data.length < 1){const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(typeof data0 === "string"){if(func1(data0) > 2000){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern29.test(data0)){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!(formats4(data0))){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data[i1], data[j0])){const err5 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break outer0;}}}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate42.errors = vErrors;return errors === 0;}validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="local.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate37.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.model_uri === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_uri"},message:"must have required property '"+"model_uri"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.quantization === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quantization"},message:"must have required property '"+"quantization"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.ram_required_gb === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ram_required_gb"},message:"must have required property '"+"ram_required_gb"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.context_window === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context_window"},message:"must have required property '"+"context_window"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.group === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema81.required,parentSchema:schema81,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func12.call(schema81.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema81.properties.$schema,data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.$schema.type,parentSchema:schema81.properties.$schema,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(func1(data1) > 100){const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(func1(data1) < 2){const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!pattern4.test(data1)){const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(!pattern5.test(data2)){const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{1,200}$",parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.model_uri !== undefined){let data3 = data.model_uri;if(typeof data3 === "string"){if(func1(data3) > 500){const err16 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern36.test(data3)){const err17 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/pattern",keyword:"pattern",params:{pattern: "^(huggingface|hf)://[^\\s]+$"},message:"must match pattern \""+"^(huggingface|hf)://[^\\s]+$"+"\"",schema:"^(huggingface|hf)://[^\\s]+$",parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/model_uri",schemaPath:"#/properties/model_uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.model_uri.type,parentSchema:schema81.properties.model_uri,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.quantization !== undefined){let data4 = data.quantization;if(typeof data4 === "string"){if(func1(data4) > 32){const err19 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!pattern37.test(data4)){const err20 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_]*$",parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/quantization",schemaPath:"#/properties/quantization/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.quantization.type,parentSchema:schema81.properties.quantization,data:data4};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.ram_required_gb !== undefined){let data5 = data.ram_required_gb;if((typeof data5 == "number") && (isFinite(data5))){if(data5 > 4096 || isNaN(data5)){const err22 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data5 < 1 || isNaN(data5)){const err23 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/ram_required_gb",schemaPath:"#/properties/ram_required_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.ram_required_gb.type,parentSchema:schema81.properties.ram_required_gb,data:data5};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.context_window !== undefined){let data6 = data.context_window;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err25 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 100000000 || isNaN(data6)){const err26 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data6 < 1 || isNaN(data6)){const err27 = {instancePath:instancePath+"/context_window",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data6};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}if(data.group !== undefined){let data7 = data.group;if(!((((data7 === "task") || (data7 === "balanced")) || (data7 === "heavy")) || (data7 === "embeddings"))){const err28 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/enum",keyword:"enum",params:{allowedValues: schema81.properties.group.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.group.enum,parentSchema:schema81.properties.group,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.description !== undefined){let data8 = data.description;if(typeof data8 === "string"){if(!pattern15.test(data8)){const err29 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data8};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data8};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.icon !== undefined){let data9 = data.icon;if(typeof data9 === "string"){if(func1(data9) > 300){const err31 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!pattern16.test(data9)){const err32 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"},message:"must match pattern \""+"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$"+"\"",schema:"^(?!.*\\.\\.)(https://[^\\s]+|[A-Za-z0-9_][A-Za-z0-9._/-]*)$",parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/icon",schemaPath:"common.schema.json#/$defs/icon/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data9};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.family !== undefined){let data10 = data.family;if(typeof data10 === "string"){if(func1(data10) > 64){const err34 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(func1(data10) < 1){const err35 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(!pattern12.test(data10)){const err36 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/family",schemaPath:"common.schema.json#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data10};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.capabilities !== undefined){let data11 = data.capabilities;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(!(((((((((((((data12 === "chat") || (data12 === "code")) || (data12 === "vision")) || (data12 === "reasoning")) || (data12 === "multimodal")) || (data12 === "tools")) || (data12 === "embeddings")) || (data12 === "audio")) || (data12 === "structured-output")) || (data12 === "web-search")) || (data12 === "prompt-caching")) || (data12 === "multilingual")) || (data12 === "fim"))){const err38 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"common.schema.json#/$defs/capabilities/items/enum",keyword:"enum",params:{allowedValues: schema54.items.enum},message:"must be equal to one of the allowed values",schema:schema54.items.enum,parentSchema:schema54.items,data:data12};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}let i1 = data11.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data11[i1], data11[j0])){const err39 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;break outer0;}}}}}else {const err40 = {instancePath:instancePath+"/capabilities",schemaPath:"common.schema.json#/$defs/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.type,parentSchema:schema54,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data.parameters_b !== undefined){let data13 = data.parameters_b;if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 100000 || isNaN(data13)){const err41 = {instancePath:instancePath+"/parameters_b",schemaPath:"#/properties/parameters_b/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema81.properties.parameters_b,data:data13};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data13 <= 0 || isNaN(data13)){const err42 = {instancePath:instancePath+"/parameters_b",schemaPath:"#/properties/parameters_b/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema81.properties.parameters_b,data:data13};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/parameters_b",schemaPath:"#/properties/parameters_b/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.parameters_b.type,parentSchema:schema81.properties.parameters_b,data:data13};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.size_bytes !== undefined){let data14 = data.size_bytes;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err44 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.size_bytes.type,parentSchema:schema81.properties.size_bytes,data:data14};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 10000000000000 || isNaN(data14)){const err45 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000000000},message:"must be <= 10000000000000",schema:10000000000000,parentSchema:schema81.properties.size_bytes,data:data14};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data14 < 1 || isNaN(data14)){const err46 = {instancePath:instancePath+"/size_bytes",schemaPath:"#/properties/size_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema81.properties.size_bytes,data:data14};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data.ctx_size !== undefined){let data15 = data.ctx_size;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err47 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data15};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 100000000 || isNaN(data15)){const err48 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data15};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data15 < 1 || isNaN(data15)){const err49 = {instancePath:instancePath+"/ctx_size",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data15};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data.ttl !== undefined){let data16 = data.ttl;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err50 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema81.properties.ttl.type,parentSchema:schema81.properties.ttl,data:data16};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 31536000 || isNaN(data16)){const err51 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31536000},message:"must be <= 31536000",schema:31536000,parentSchema:schema81.properties.ttl,data:data16};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data16 < 0 || isNaN(data16)){const err52 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema81.properties.ttl,data:data16};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data.hf_repo !== undefined){let data17 = data.hf_repo;if(typeof data17 === "string"){if(func1(data17) > 200){const err53 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern41.test(data17)){const err54 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/hf_repo",schemaPath:"#/properties/hf_repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.hf_repo.type,parentSchema:schema81.properties.hf_repo,data:data17};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.hf_file !== undefined){let data18 = data.hf_file;if(typeof data18 === "string"){if(func1(data18) > 300){const err56 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!pattern42.test(data18)){const err57 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$"+"\"",schema:"^[A-Za-z0-9_][A-Za-z0-9._/-]*\\.gguf$",parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/hf_file",schemaPath:"#/properties/hf_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.hf_file.type,parentSchema:schema81.properties.hf_file,data:data18};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.sha256 !== undefined){let data19 = data.sha256;const _errs47 = errors;let valid12 = false;let passing0 = null;const _errs48 = errors;if(typeof data19 === "string"){if(!pattern43.test(data19)){const err59 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema81.properties.sha256.oneOf[0],data:data19};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.sha256.oneOf[0].type,parentSchema:schema81.properties.sha256.oneOf[0],data:data19};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid0 = _errs48 === errors;if(_valid0){valid12 = true;passing0 = 0;}const _errs50 = errors;if(Array.isArray(data19)){if(data19.length > 100){const err61 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data19.length < 2){const err62 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}const len1 = data19.length;for(let i2=0; i2<len1; i2++){let data20 = data19[i2];if(typeof data20 === "string"){if(!pattern43.test(data20)){const err63 = {instancePath:instancePath+"/sha256/" + i2,schemaPath:"#/properties/sha256/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema81.properties.sha256.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/sha256/" + i2,schemaPath:"#/properties/sha256/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.sha256.oneOf[1].items.type,parentSchema:schema81.properties.sha256.oneOf[1].items,data:data20};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema81.properties.sha256.oneOf[1].type,parentSchema:schema81.properties.sha256.oneOf[1],data:data19};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid0 = _errs50 === errors;if(_valid0 && valid12){valid12 = false;passing0 = [passing0, 1];}else {if(_valid0){valid12 = true;passing0 = 1;}}if(!valid12){const err66 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema81.properties.sha256.oneOf,parentSchema:schema81.properties.sha256,data:data19};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs47;if(vErrors !== null){if(_errs47){vErrors.length = _errs47;}else {vErrors = null;}}}}if(data.revision !== undefined){let data21 = data.revision;if(typeof data21 === "string"){if(!pattern45.test(data21)){const err67 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema81.properties.revision,data:data21};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/revision",schemaPath:"#/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.revision.type,parentSchema:schema81.properties.revision,data:data21};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.aliases !== undefined){if(!(validate38(data.aliases, {instancePath:instancePath+"/aliases",parentData:data,parentDataProperty:"aliases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}if(data.shortname !== undefined){let data23 = data.shortname;if(typeof data23 === "string"){if(func1(data23) > 100){const err69 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(func1(data23) < 2){const err70 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(!pattern4.test(data23)){const err71 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/shortname",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data23};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.embedding_dimension !== undefined){let data24 = data.embedding_dimension;if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err73 = {instancePath:instancePath+"/embedding_dimension",schemaPath:"common.schema.json#/$defs/positiveInt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.type,parentSchema:schema38,data:data24};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 9007199254740991 || isNaN(data24)){const err74 = {instancePath:instancePath+"/embedding_dimension",schemaPath:"common.schema.json#/$defs/positiveInt/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38,data:data24};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data24 < 1 || isNaN(data24)){const err75 = {instancePath:instancePath+"/embedding_dimension",schemaPath:"common.schema.json#/$defs/positiveInt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38,data:data24};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data.pooling !== undefined){let data25 = data.pooling;if(!(((((data25 === "none") || (data25 === "mean")) || (data25 === "cls")) || (data25 === "last")) || (data25 === "rank"))){const err76 = {instancePath:instancePath+"/pooling",schemaPath:"#/properties/pooling/enum",keyword:"enum",params:{allowedValues: schema81.properties.pooling.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.pooling.enum,parentSchema:schema81.properties.pooling,data:data25};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.vulkan_driver !== undefined){let data26 = data.vulkan_driver;if(!((data26 === "RADV") || (data26 === "AMDVLK"))){const err77 = {instancePath:instancePath+"/vulkan_driver",schemaPath:"#/properties/vulkan_driver/enum",keyword:"enum",params:{allowedValues: schema81.properties.vulkan_driver.enum},message:"must be equal to one of the allowed values",schema:schema81.properties.vulkan_driver.enum,parentSchema:schema81.properties.vulkan_driver,data:data26};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.flash_attn !== undefined){let data27 = data.flash_attn;if(typeof data27 !== "boolean"){const err78 = {instancePath:instancePath+"/flash_attn",schemaPath:"#/properties/flash_attn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.flash_attn.type,parentSchema:schema81.properties.flash_attn,data:data27};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.batch_size !== undefined){let data28 = data.batch_size;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err79 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.type,parentSchema:schema48,data:data28};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 > 100000000 || isNaN(data28)){const err80 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema48,data:data28};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data28 < 1 || isNaN(data28)){const err81 = {instancePath:instancePath+"/batch_size",schemaPath:"common.schema.json#/$defs/tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48,data:data28};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}if(data.license !== undefined){let data29 = data.license;if(typeof data29 === "string"){if(func1(data29) > 64){const err82 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(!pattern48.test(data29)){const err83 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.+-]*$",parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.license.type,parentSchema:schema81.properties.license,data:data29};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.benchmarks !== undefined){let data30 = data.benchmarks;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(Object.keys(data30).length < 1){const err85 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}for(const key1 in data30){const _errs74 = errors;if(typeof key1 === "string"){if(!pattern21.test(key1)){const err86 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema81.properties.benchmarks.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}var valid18 = _errs74 === errors;if(!valid18){const err87 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema81.properties.benchmarks.propertyNames,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}for(const key2 in data30){let data31 = data30[key2];if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 9007199254740991 || isNaN(data31)){const err88 = {instancePath:instancePath+"/benchmarks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema81.properties.benchmarks.additionalProperties,data:data31};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data31 < -9007199254740991 || isNaN(data31)){const err89 = {instancePath:instancePath+"/benchmarks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema81.properties.benchmarks.additionalProperties,data:data31};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/benchmarks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/benchmarks/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema81.properties.benchmarks.additionalProperties.type,parentSchema:schema81.properties.benchmarks.additionalProperties,data:data31};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/benchmarks",schemaPath:"#/properties/benchmarks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.properties.benchmarks.type,parentSchema:schema81.properties.benchmarks,data:data30};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data.use_cases !== undefined){if(!(validate40(data.use_cases, {instancePath:instancePath+"/use_cases",parentData:data,parentDataProperty:"use_cases",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.performance !== undefined){let data33 = data.performance;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key3 in data33){const _errs82 = errors;if(typeof key3 === "string"){if(!pattern21.test(key3)){const err92 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9_.-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9_.-]{0,63}$",parentSchema:schema61.propertyNames,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}var valid21 = _errs82 === errors;if(!valid21){const err93 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema61.propertyNames,parentSchema:schema61,data:data33};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}for(const key4 in data33){let data34 = data33[key4];if(((!((typeof data34 == "number") && (isFinite(data34)))) && (typeof data34 !== "string")) && (typeof data34 !== "boolean")){const err94 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/type",keyword:"type",params:{type: schema61.additionalProperties.type},message:"must be number,string,boolean",schema:schema61.additionalProperties.type,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 9007199254740991 || isNaN(data34)){const err95 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}if(data34 < -9007199254740991 || isNaN(data34)){const err96 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(typeof data34 === "string"){if(func1(data34) > 200){const err97 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(!pattern22.test(data34)){const err98 = {instancePath:instancePath+"/performance/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/metrics/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema61.additionalProperties,data:data34};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}}else {const err99 = {instancePath:instancePath+"/performance",schemaPath:"common.schema.json#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data:data33};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data.notes !== undefined){let data35 = data.notes;if(typeof data35 === "string"){if(!pattern15.test(data35)){const err100 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data35};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}else {const err101 = {instancePath:instancePath+"/notes",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data35};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data.enabled !== undefined){let data36 = data.enabled;if(typeof data36 !== "boolean"){const err102 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.enabled.type,parentSchema:schema81.properties.enabled,data:data36};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data.deprecated !== undefined){let data37 = data.deprecated;if(typeof data37 !== "boolean"){const err103 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.deprecated.type,parentSchema:schema81.properties.deprecated,data:data37};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data.replacement !== undefined){let data38 = data.replacement;if(typeof data38 === "string"){if(func1(data38) > 100){const err104 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if(func1(data38) < 2){const err105 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(!pattern4.test(data38)){const err106 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"},message:"must match pattern \""+"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$"+"\"",schema:"^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$",parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}else {const err107 = {instancePath:instancePath+"/replacement",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data38};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data.deprecation_reason !== undefined){let data39 = data.deprecation_reason;if(typeof data39 === "string"){if(!pattern15.test(data39)){const err108 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]{0,4000}$",parentSchema:schema52,data:data39};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}else {const err109 = {instancePath:instancePath+"/deprecation_reason",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data39};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data.sunset_date !== undefined){let data40 = data.sunset_date;if(typeof data40 === "string"){if(!(formats0.validate(data40))){const err110 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data40};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}else {const err111 = {instancePath:instancePath+"/sunset_date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data40};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data.sources !== undefined){if(!(validate42(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.last_verified !== undefined){let data42 = data.last_verified;if(typeof data42 === "string"){if(!(formats0.validate(data42))){const err112 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema60,data:data42};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}else {const err113 = {instancePath:instancePath+"/last_verified",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data:data42};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}}else {const err114 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}validate37.errors = vErrors;return errors === 0;}validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};exports["policy.schema.json"] = validate44;const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"policy.schema.json","title":"Curation policy (curation.config.json)","description":"What the quality rules accept. Every key is optional: thresholds and severity merge field by field over the built-in defaults; any other key given replaces its default whole.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"the schema this file follows, for editor autocompletion","type":"string","maxLength":300},"providers":{"description":"established cloud providers, each with the environment variable its API key lives in","examples":[{"openai":{"api_key_env":"OPENAI_API_KEY"}}],"type":"object","propertyNames":{"pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["api_key_env"],"properties":{"api_key_env":{"description":"an environment variable name: uppercase letters, digits and underscores, starting with a letter","examples":["OPENAI_API_KEY"],"type":"string","maxLength":128,"pattern":"^[A-Z][A-Z0-9_]*$"}}}},"licenses":{"description":"licence identifiers (as HuggingFace names them) local models may carry","examples":[["apache-2.0","mit"]],"type":"array","uniqueItems":true,"items":{"type":"string","maxLength":64,"pattern":"^[a-z0-9][a-z0-9.+-]*$"}},"thresholds":{"description":"numbers the quality rules compare against","type":"object","additionalProperties":false,"properties":{"min_downloads":{"description":"HuggingFace downloads (last 30 days) a local model's repo needs","examples":[1000],"type":"integer","minimum":0,"maximum":9007199254740991},"min_quantizations":{"description":"distinct GGUF quantizations a local model's repo offers","examples":[2],"type":"integer","minimum":1,"maximum":1000},"ram_min_gb":{"description":"the smallest ram_required_gb accepted","examples":[1],"type":"number","minimum":0,"maximum":4096},"ram_max_gb":{"description":"the largest ram_required_gb accepted","examples":[128],"type":"number","minimum":0,"maximum":4096},"stale_after_days":{"description":"days after last_verified before a model counts as stale","examples":[180],"type":"integer","minimum":1,"maximum":36500}}},"preview_patterns":{"description":"regular expressions (case-insensitive) that mark a preview, beta or experimental model in its id, name or litellm_model_name","examples":[["\\bpreview\\b","-latest$"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"allow":{"$ref":"#/$defs/filter","description":"when a list here is non-empty, only models matching it are accepted"},"deny":{"$ref":"#/$defs/filter","description":"models matching these are refused; deny wins over allow"},"severity":{"description":"per-rule severity overrides; \"off\" silences a rule","examples":[{"sources-present":"error"}],"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9/_-]{0,63}$"},"additionalProperties":{"enum":["error","warning","notice","off"]}},"exceptions":{"description":"rules silenced for one model each, with the reason written down","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","id","reason"],"properties":{"rule":{"description":"the rule id, e.g. local/ram-range","type":"string","pattern":"^[a-z][a-z0-9/_-]{0,63}$"},"id":{"description":"the model id","type":"string","maxLength":100,"pattern":"^[a-z0-9][a-z0-9.-]*$"},"reason":{"description":"why this model is accepted anyway: one line","type":"string","minLength":10,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"}}}}},"$defs":{"filter":{"type":"object","additionalProperties":false,"properties":{"providers":{"description":"cloud providers or HuggingFace organisations (case-insensitive)","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"}},"ids":{"description":"model ids or glob patterns (* matches any run of characters)","examples":[["gpt-5-pro","*-preview*"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z0-9*][a-z0-9.*-]*$"}}}}}};const schema106 = {"type":"object","additionalProperties":false,"properties":{"providers":{"description":"cloud providers or HuggingFace organisations (case-insensitive)","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"}},"ids":{"description":"model ids or glob patterns (* matches any run of characters)","examples":[["gpt-5-pro","*-preview*"]],"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z0-9*][a-z0-9.*-]*$"}}}};const pattern57 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");const pattern60 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern61 = new RegExp("^[a-z0-9*][a-z0-9.*-]*$", "u");const pattern64 = new RegExp("^[a-z][a-z0-9/_-]{0,63}$", "u");const pattern66 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="policy.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate44.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func12.call(schema105.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 === "string"){if(func1(data0) > 300){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema105.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.$schema.type,parentSchema:schema105.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.providers !== undefined){let data1 = data.providers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs6 = errors;if(typeof key1 === "string"){if(!pattern57.test(key1)){const err3 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,63}$",parentSchema:schema105.properties.providers.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var valid1 = _errs6 === errors;if(!valid1){const err4 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema105.properties.providers.propertyNames,parentSchema:schema105.properties.providers,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.api_key_env === undefined){const err5 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/required",keyword:"required",params:{missingProperty: "api_key_env"},message:"must have required property '"+"api_key_env"+"'",schema:schema105.properties.providers.additionalProperties.required,parentSchema:schema105.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key3 in data2){if(!(key3 === "api_key_env")){const err6 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.api_key_env !== undefined){let data3 = data2.api_key_env;if(typeof data3 === "string"){if(func1(data3) > 128){const err7 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema105.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!pattern14.test(data3)){const err8 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\"",schema:"^[A-Z][A-Z0-9_]*$",parentSchema:schema105.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/api_key_env",schemaPath:"#/properties/providers/additionalProperties/properties/api_key_env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.providers.additionalProperties.properties.api_key_env.type,parentSchema:schema105.properties.providers.additionalProperties.properties.api_key_env,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/providers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.providers.additionalProperties.type,parentSchema:schema105.properties.providers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.providers.type,parentSchema:schema105.properties.providers,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.licenses !== undefined){let data4 = data.licenses;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 === "string"){if(func1(data5) > 64){const err12 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema105.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!pattern48.test(data5)){const err13 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.+-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.+-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.+-]*$",parentSchema:schema105.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/licenses/" + i0,schemaPath:"#/properties/licenses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.licenses.items.type,parentSchema:schema105.properties.licenses.items,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}let i1 = data4.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data4[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err15 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema105.properties.licenses,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;break;}indices0[item0] = i1;}}}else {const err16 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.licenses.type,parentSchema:schema105.properties.licenses,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.thresholds !== undefined){let data6 = data.thresholds;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){if(!(((((key4 === "min_downloads") || (key4 === "min_quantizations")) || (key4 === "ram_min_gb")) || (key4 === "ram_max_gb")) || (key4 === "stale_after_days"))){const err17 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.thresholds,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.min_downloads !== undefined){let data7 = data6.min_downloads;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err18 = {instancePath:instancePath+"/thresholds/min_downloads",schemaPath:"#/properties/thresholds/properties/min_downloads/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.thresholds.properties.min_downloads.type,parentSchema:schema105.properties.thresholds.properties.min_downloads,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 9007199254740991 || isNaN(data7)){const err19 = {instancePath:instancePath+"/thresholds/min_downloads",schemaPath:"#/properties/thresholds/properties/min_downloads/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema105.properties.thresholds.properties.min_downloads,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7 < 0 || isNaN(data7)){const err20 = {instancePath:instancePath+"/thresholds/min_downloads",schemaPath:"#/properties/thresholds/properties/min_downloads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.thresholds.properties.min_downloads,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data6.min_quantizations !== undefined){let data8 = data6.min_quantizations;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err21 = {instancePath:instancePath+"/thresholds/min_quantizations",schemaPath:"#/properties/thresholds/properties/min_quantizations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.thresholds.properties.min_quantizations.type,parentSchema:schema105.properties.thresholds.properties.min_quantizations,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 1000 || isNaN(data8)){const err22 = {instancePath:instancePath+"/thresholds/min_quantizations",schemaPath:"#/properties/thresholds/properties/min_quantizations/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema105.properties.thresholds.properties.min_quantizations,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data8 < 1 || isNaN(data8)){const err23 = {instancePath:instancePath+"/thresholds/min_quantizations",schemaPath:"#/properties/thresholds/properties/min_quantizations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.thresholds.properties.min_quantizations,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data6.ram_min_gb !== undefined){let data9 = data6.ram_min_gb;if((typeof data9 == "number") && (isFinite(data9))){if(data9 > 4096 || isNaN(data9)){const err24 = {instancePath:instancePath+"/thresholds/ram_min_gb",schemaPath:"#/properties/thresholds/properties/ram_min_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema105.properties.thresholds.properties.ram_min_gb,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data9 < 0 || isNaN(data9)){const err25 = {instancePath:instancePath+"/thresholds/ram_min_gb",schemaPath:"#/properties/thresholds/properties/ram_min_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.thresholds.properties.ram_min_gb,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/thresholds/ram_min_gb",schemaPath:"#/properties/thresholds/properties/ram_min_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema105.properties.thresholds.properties.ram_min_gb.type,parentSchema:schema105.properties.thresholds.properties.ram_min_gb,data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data6.ram_max_gb !== undefined){let data10 = data6.ram_max_gb;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 4096 || isNaN(data10)){const err27 = {instancePath:instancePath+"/thresholds/ram_max_gb",schemaPath:"#/properties/thresholds/properties/ram_max_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema105.properties.thresholds.properties.ram_max_gb,data:data10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data10 < 0 || isNaN(data10)){const err28 = {instancePath:instancePath+"/thresholds/ram_max_gb",schemaPath:"#/properties/thresholds/properties/ram_max_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema105.properties.thresholds.properties.ram_max_gb,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/thresholds/ram_max_gb",schemaPath:"#/properties/thresholds/properties/ram_max_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema105.properties.thresholds.properties.ram_max_gb.type,parentSchema:schema105.properties.thresholds.properties.ram_max_gb,data:data10};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data6.stale_after_days !== undefined){let data11 = data6.stale_after_days;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err30 = {instancePath:instancePath+"/thresholds/stale_after_days",schemaPath:"#/properties/thresholds/properties/stale_after_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.thresholds.properties.stale_after_days.type,parentSchema:schema105.properties.thresholds.properties.stale_after_days,data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 36500 || isNaN(data11)){const err31 = {instancePath:instancePath+"/thresholds/stale_after_days",schemaPath:"#/properties/thresholds/properties/stale_after_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36500},message:"must be <= 36500",schema:36500,parentSchema:schema105.properties.thresholds.properties.stale_after_days,data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data11 < 1 || isNaN(data11)){const err32 = {instancePath:instancePath+"/thresholds/stale_after_days",schemaPath:"#/properties/thresholds/properties/stale_after_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.thresholds.properties.stale_after_days,data:data11};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}}else {const err33 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.thresholds.type,parentSchema:schema105.properties.thresholds,data:data6};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.preview_patterns !== undefined){let data12 = data.preview_patterns;if(Array.isArray(data12)){const len1 = data12.length;for(let i2=0; i2<len1; i2++){let data13 = data12[i2];if(typeof data13 === "string"){if(func1(data13) > 200){const err34 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema105.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(func1(data13) < 1){const err35 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/preview_patterns/" + i2,schemaPath:"#/properties/preview_patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.preview_patterns.items.type,parentSchema:schema105.properties.preview_patterns.items,data:data13};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}let i3 = data12.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data12[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err37 = {instancePath:instancePath+"/preview_patterns",schemaPath:"#/properties/preview_patterns/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema105.properties.preview_patterns,data:data12};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;break;}indices1[item1] = i3;}}}else {const err38 = {instancePath:instancePath+"/preview_patterns",schemaPath:"#/properties/preview_patterns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.preview_patterns.type,parentSchema:schema105.properties.preview_patterns,data:data12};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.allow !== undefined){let data14 = data.allow;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key5 in data14){if(!((key5 === "providers") || (key5 === "ids"))){const err39 = {instancePath:instancePath+"/allow",schemaPath:"#/$defs/filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data14};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data14.providers !== undefined){let data15 = data14.providers;if(Array.isArray(data15)){const len2 = data15.length;for(let i4=0; i4<len2; i4++){let data16 = data15[i4];if(typeof data16 === "string"){if(func1(data16) > 100){const err40 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema106.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(func1(data16) < 1){const err41 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(!pattern60.test(data16)){const err42 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema106.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/allow/providers/" + i4,schemaPath:"#/$defs/filter/properties/providers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.providers.items.type,parentSchema:schema106.properties.providers.items,data:data16};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}let i5 = data15.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data15[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err44 = {instancePath:instancePath+"/allow/providers",schemaPath:"#/$defs/filter/properties/providers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema106.properties.providers,data:data15};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;break;}indices2[item2] = i5;}}}else {const err45 = {instancePath:instancePath+"/allow/providers",schemaPath:"#/$defs/filter/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.providers.type,parentSchema:schema106.properties.providers,data:data15};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data14.ids !== undefined){let data17 = data14.ids;if(Array.isArray(data17)){const len3 = data17.length;for(let i6=0; i6<len3; i6++){let data18 = data17[i6];if(typeof data18 === "string"){if(func1(data18) > 100){const err46 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema106.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(func1(data18) < 1){const err47 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!pattern61.test(data18)){const err48 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9.*-]*$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9.*-]*$"+"\"",schema:"^[a-z0-9*][a-z0-9.*-]*$",parentSchema:schema106.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/allow/ids/" + i6,schemaPath:"#/$defs/filter/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.ids.items.type,parentSchema:schema106.properties.ids.items,data:data18};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}let i7 = data17.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data17[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err50 = {instancePath:instancePath+"/allow/ids",schemaPath:"#/$defs/filter/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema106.properties.ids,data:data17};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;break;}indices3[item3] = i7;}}}else {const err51 = {instancePath:instancePath+"/allow/ids",schemaPath:"#/$defs/filter/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.ids.type,parentSchema:schema106.properties.ids,data:data17};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/allow",schemaPath:"#/$defs/filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data14};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.deny !== undefined){let data19 = data.deny;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key6 in data19){if(!((key6 === "providers") || (key6 === "ids"))){const err53 = {instancePath:instancePath+"/deny",schemaPath:"#/$defs/filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data19};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data19.providers !== undefined){let data20 = data19.providers;if(Array.isArray(data20)){const len4 = data20.length;for(let i8=0; i8<len4; i8++){let data21 = data20[i8];if(typeof data21 === "string"){if(func1(data21) > 100){const err54 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema106.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(func1(data21) < 1){const err55 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(!pattern60.test(data21)){const err56 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema106.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/deny/providers/" + i8,schemaPath:"#/$defs/filter/properties/providers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.providers.items.type,parentSchema:schema106.properties.providers.items,data:data21};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}let i9 = data20.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data20[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err58 = {instancePath:instancePath+"/deny/providers",schemaPath:"#/$defs/filter/properties/providers/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema106.properties.providers,data:data20};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;break;}indices4[item4] = i9;}}}else {const err59 = {instancePath:instancePath+"/deny/providers",schemaPath:"#/$defs/filter/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.providers.type,parentSchema:schema106.properties.providers,data:data20};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data19.ids !== undefined){let data22 = data19.ids;if(Array.isArray(data22)){const len5 = data22.length;for(let i10=0; i10<len5; i10++){let data23 = data22[i10];if(typeof data23 === "string"){if(func1(data23) > 100){const err60 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema106.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(func1(data23) < 1){const err61 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema106.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(!pattern61.test(data23)){const err62 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9*][a-z0-9.*-]*$"},message:"must match pattern \""+"^[a-z0-9*][a-z0-9.*-]*$"+"\"",schema:"^[a-z0-9*][a-z0-9.*-]*$",parentSchema:schema106.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/deny/ids/" + i10,schemaPath:"#/$defs/filter/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.ids.items.type,parentSchema:schema106.properties.ids.items,data:data23};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}let i11 = data22.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data22[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err64 = {instancePath:instancePath+"/deny/ids",schemaPath:"#/$defs/filter/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema106.properties.ids,data:data22};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;break;}indices5[item5] = i11;}}}else {const err65 = {instancePath:instancePath+"/deny/ids",schemaPath:"#/$defs/filter/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.ids.type,parentSchema:schema106.properties.ids,data:data22};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/deny",schemaPath:"#/$defs/filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data19};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.severity !== undefined){let data24 = data.severity;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key7 in data24){const _errs60 = errors;if(typeof key7 === "string"){if(!pattern64.test(key7)){const err67 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9/_-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9/_-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9/_-]{0,63}$",parentSchema:schema105.properties.severity.propertyNames,data:key7,propertyName:key7};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}var valid27 = _errs60 === errors;if(!valid27){const err68 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema105.properties.severity.propertyNames,parentSchema:schema105.properties.severity,data:data24};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}for(const key8 in data24){let data25 = data24[key8];if(!((((data25 === "error") || (data25 === "warning")) || (data25 === "notice")) || (data25 === "off"))){const err69 = {instancePath:instancePath+"/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/severity/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema105.properties.severity.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.severity.additionalProperties.enum,parentSchema:schema105.properties.severity.additionalProperties,data:data25};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.severity.type,parentSchema:schema105.properties.severity,data:data24};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data.exceptions !== undefined){let data26 = data.exceptions;if(Array.isArray(data26)){const len6 = data26.length;for(let i12=0; i12<len6; i12++){let data27 = data26[i12];if(data27 && typeof data27 == "object" && !Array.isArray(data27)){if(data27.rule === undefined){const err71 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema105.properties.exceptions.items.required,parentSchema:schema105.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data27.id === undefined){const err72 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema105.properties.exceptions.items.required,parentSchema:schema105.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data27.reason === undefined){const err73 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema105.properties.exceptions.items.required,parentSchema:schema105.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}for(const key9 in data27){if(!(((key9 === "rule") || (key9 === "id")) || (key9 === "reason"))){const err74 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data27.rule !== undefined){let data28 = data27.rule;if(typeof data28 === "string"){if(!pattern64.test(data28)){const err75 = {instancePath:instancePath+"/exceptions/" + i12+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9/_-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-z0-9/_-]{0,63}$"+"\"",schema:"^[a-z][a-z0-9/_-]{0,63}$",parentSchema:schema105.properties.exceptions.items.properties.rule,data:data28};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}else {const err76 = {instancePath:instancePath+"/exceptions/" + i12+"/rule",schemaPath:"#/properties/exceptions/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.exceptions.items.properties.rule.type,parentSchema:schema105.properties.exceptions.items.properties.rule,data:data28};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data27.id !== undefined){let data29 = data27.id;if(typeof data29 === "string"){if(func1(data29) > 100){const err77 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema105.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(!pattern66.test(data29)){const err78 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema105.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}else {const err79 = {instancePath:instancePath+"/exceptions/" + i12+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.exceptions.items.properties.id.type,parentSchema:schema105.properties.exceptions.items.properties.id,data:data29};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data27.reason !== undefined){let data30 = data27.reason;if(typeof data30 === "string"){if(func1(data30) > 500){const err80 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema105.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(func1(data30) < 10){const err81 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema105.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(!pattern22.test(data30)){const err82 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$",parentSchema:schema105.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/exceptions/" + i12+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.exceptions.items.properties.reason.type,parentSchema:schema105.properties.exceptions.items.properties.reason,data:data30};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/exceptions/" + i12,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.exceptions.items.type,parentSchema:schema105.properties.exceptions.items,data:data27};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.exceptions.type,parentSchema:schema105.properties.exceptions,data:data26};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}validate44.errors = vErrors;return errors === 0;}validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports.__schemasHash = "9465911ce1919ea3ff46600f75eaa80ae5ce90ea16ae0b3475263e3e7641b4d9";


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
