package cn.summerhotline.review.screening.model;

/** What was found: a listed word, or one of the kinds of internal information the pre-screen detects. */
public enum MatchKind {
    /** A word of the city bureau's lists. */
    WORD,
    MOBILE_NUMBER,
    LANDLINE_NUMBER,
    /** A resident ID number whose check digit is right. */
    ID_NUMBER,
    /** An internal document number such as 沪城管执〔2021〕64号. */
    DOCUMENT_NUMBER,
    /** A marker such as 内部, 秘密, 机密 or 不宜公开. */
    INTERNAL_MARKER,
    /** An intranet address (private IPv4 ranges, internal host names). */
    INTRANET_ADDRESS
}
