package cn.summerhotline.testsupport.layouts.webusesinfrastructure.web;

import cn.summerhotline.testsupport.layouts.webusesinfrastructure.infrastructure.Workbook;

public class ExportController {
    public byte[] export() {
        return new Workbook(new byte[0]).bytes();
    }
}
