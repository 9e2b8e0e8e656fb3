package cn.summerhotline.testsupport.layouts.flat.theme;

/** A service of flat CRUD features only: no layer packages at all. */
public enum Theme {
    RED_STORIES
}
