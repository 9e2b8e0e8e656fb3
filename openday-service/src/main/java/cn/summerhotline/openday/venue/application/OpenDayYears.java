package cn.summerhotline.openday.venue.application;

/**
 * Which years have an open day set up: a venue belongs to one. The open day feature answers it (it depends on
 * venues, not the other way round).
 */
public interface OpenDayYears {

    boolean exists(int year);
}
