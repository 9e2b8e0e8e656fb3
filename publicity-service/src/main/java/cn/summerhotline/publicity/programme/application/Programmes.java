package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.publicity.programme.model.Programme;
import java.util.Optional;

/** Each campaign year's programme: its dates and themes. */
public interface Programmes {

    Optional<Programme> byYear(int year);

    /** False when the year has a programme already. */
    boolean add(Programme programme);
}
