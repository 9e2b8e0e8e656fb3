package cn.summerhotline.testsupport.layouts.byfeature.venue;

import java.util.List;

public class VenueController {
    public List<Venue> venues() {
        return List.of(new Venue("徐汇"));
    }
}
