package cn.summerhotline.openday.checkin.application;

/** Renders a check-in code as a QR code the door's scanners read. */
public interface QrImages {

    /** A PNG image of the text as a QR code. */
    byte[] png(String text);
}
