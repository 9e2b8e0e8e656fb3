package cn.summerhotline.openday.story.application;

/** How many stories one client may hand in per window, counted across replicas in the store. */
public interface StoryAllowance {

    /** Takes one of the client's allowance; the seconds until the window ends when none is left, else 0. */
    long take(String clientHash);
}
