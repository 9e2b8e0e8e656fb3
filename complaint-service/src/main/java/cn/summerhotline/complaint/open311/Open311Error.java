package cn.summerhotline.complaint.open311;

/** A GeoReport v2 error: an HTTP status with its code and description, answered in the request's format. */
class Open311Error extends RuntimeException {

    private final int code;

    Open311Error(int code, String description) {
        super(description);
        this.code = code;
    }

    int code() {
        return code;
    }
}
