package cn.summerhotline.gateway.access;

/** What the gateway asks of a request before it goes on. */
enum Access {
    /** Not a service route (docs, health, unknown paths): nothing to check here. */
    OPEN,
    /** Open to citizens without a token, limited per client; a token that comes along is still checked. */
    PUBLIC,
    /** A service route that needs a valid token. */
    PROTECTED
}
