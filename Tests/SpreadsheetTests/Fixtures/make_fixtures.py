#!/usr/bin/env python3
"""Writes the workbooks ForeignWorkbookTests reads: what other programs save, kept small.

    .build-venv/bin/python Tests/SpreadsheetTests/Fixtures/make_fixtures.py

needs openpyxl (pip, in .build-venv) and LibreOffice (soffice: Debian's libreoffice-calc-nogui).
Each file is written only when its content changes, so running it again leaves git clean
unless a program's output changed; the tests expect exactly the values written here.

- openpyxl.xlsx: inline strings and rich text, dates, times and a date-time typed by their
  formats, booleans, a formula saved without its result, an error, merged cells, styled empty
  rows after the data, a hidden sheet.
- openpyxl-1904.xlsx: the same date and times in a workbook of the 1904 date system.
- libreoffice.xlsx: converted by LibreOffice from a flat ODS written here: shared strings and
  rich text, typed dates, times and date-times, booleans, formulas with their cached results
  (one of them an error), merged cells, styled empty rows, a hidden sheet.
- libreoffice-1904.xlsx: a LibreOffice workbook whose null date is 1904-01-01.
"""

import datetime
import io
import pathlib
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font, PatternFill

HERE = pathlib.Path(__file__).resolve().parent
# openpyxl's document dates, fixed so the same content gives the same parts.
CREATED = datetime.datetime(2000, 1, 1)


def save_if_changed(name, data):
    path = HERE / name
    if path.exists() and same_parts(path.read_bytes(), data):
        print(f"{name}: sin cambios")
        return
    path.write_bytes(data)
    print(f"{name}: escrito ({len(data)} bytes)")


def same_parts(old, new):
    """Whether two zips hold the same parts, whatever their dates (LibreOffice stamps the time of
    the conversion in docProps/core.xml)."""
    with zipfile.ZipFile(io.BytesIO(old)) as a, zipfile.ZipFile(io.BytesIO(new)) as b:
        names = sorted(a.namelist())
        if names != sorted(b.namelist()):
            return False
        return all(a.read(n) == b.read(n) for n in names if n != "docProps/core.xml")


def openpyxl_workbook(epoch_1904=False):
    workbook = openpyxl.Workbook()
    workbook.properties.created = CREATED
    workbook.properties.modified = CREATED
    if epoch_1904:
        workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Datos"
    sheet.append(["Tipo", "Valor"])
    sheet.append(["texto", "Fundación «Semilla» & <Lectora>"])
    sheet["B3"] = CellRichText(["normal y ", TextBlock(InlineFont(b=True), "negrita")])
    sheet["A3"] = "texto enriquecido"
    rows = [
        ("fecha", datetime.date(2024, 3, 15), "dd/mm/yyyy"),
        ("hora", datetime.time(9, 0), "h:mm"),
        ("hora tarde", datetime.time(16, 30), "hh:mm"),
        ("fecha y hora", datetime.datetime(2024, 3, 15, 10, 45), "yyyy-mm-dd hh:mm"),
        ("número", 1234.5, "#,##0.00"),
    ]
    for offset, (label, value, number_format) in enumerate(rows):
        sheet.cell(row=4 + offset, column=1, value=label)
        sheet.cell(row=4 + offset, column=2, value=value).number_format = number_format
    sheet.append(["verdadero", True])
    sheet.append(["falso", False])
    sheet.append(["fórmula", "=B8*2"])
    sheet.append(["error", "#N/A"])
    sheet["A13"] = "combinada"
    sheet.merge_cells("A13:B14")
    sheet["A15"] = "  con espacios  "
    sheet["B15"] = "dos\nlíneas"
    gray = PatternFill("solid", fgColor="DDDDDD")
    for row in range(16, 21):
        sheet.cell(row=row, column=1).fill = gray
        sheet.cell(row=row, column=2).font = Font(bold=True)
    hidden = workbook.create_sheet("Oculta")
    hidden["A1"] = "no se muestra"
    hidden.sheet_state = "hidden"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_fecha">
   <number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/>
   <number:text>/</number:text><number:year number:style="long"/>
  </number:date-style>
  <number:time-style style:name="N_hora">
   <number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/>
  </number:time-style>
  <number:date-style style:name="N_fecha_hora">
   <number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/>
   <number:text>-</number:text><number:day number:style="long"/><number:text> </number:text>
   <number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/>
  </number:date-style>
  <style:style style:name="ce_fecha" style:family="table-cell" style:data-style-name="N_fecha"/>
  <style:style style:name="ce_hora" style:family="table-cell" style:data-style-name="N_hora"/>
  <style:style style:name="ce_fecha_hora" style:family="table-cell" style:data-style-name="N_fecha_hora"/>
  <style:style style:name="ce_gris" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#dddddd"/>
  </style:style>
  <style:style style:name="T_negrita" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ta_visible" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta_oculta" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   NULL_DATE
   <table:table table:name="Datos" table:style-name="ta_visible">
    <table:table-column table:number-columns-repeated="2"/>
    ROWS
    <table:table-row table:number-rows-repeated="5">
     <table:table-cell table:style-name="ce_gris" table:number-columns-repeated="2"/>
    </table:table-row>
   </table:table>
   <table:table table:name="Oculta" table:style-name="ta_oculta">
    <table:table-row><table:table-cell office:value-type="string"><text:p>no se muestra</text:p></table:table-cell></table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def text(value):
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def libreoffice_rows():
    return "\n".join([
        row(text("Tipo"), text("Valor")),
        row(text("texto"), text("Fundación «Semilla» &amp; &lt;Lectora&gt;")),
        row(text("texto enriquecido"), '<table:table-cell office:value-type="string"><text:p>normal y '
            '<text:span text:style-name="T_negrita">negrita</text:span></text:p></table:table-cell>'),
        row(text("fecha"), '<table:table-cell table:style-name="ce_fecha" office:value-type="date" '
            'office:date-value="2024-03-15"/>'),
        row(text("hora"), '<table:table-cell table:style-name="ce_hora" office:value-type="time" '
            'office:time-value="PT09H00M00S"/>'),
        row(text("hora tarde"), '<table:table-cell table:style-name="ce_hora" office:value-type="time" '
            'office:time-value="PT16H30M00S"/>'),
        row(text("fecha y hora"), '<table:table-cell table:style-name="ce_fecha_hora" office:value-type="date" '
            'office:date-value="2024-03-15T10:45:00"/>'),
        row(text("número"), '<table:table-cell office:value-type="float" office:value="1234.5"/>'),
        row(text("verdadero"), '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>'),
        row(text("falso"), '<table:table-cell office:value-type="boolean" office:boolean-value="false"/>'),
        row(text("fórmula"), '<table:table-cell table:formula="of:=[.B8]*2" office:value-type="float" '
            'office:value="2469"/>'),
        row(text("error"), '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"/>'),
        row('<table:table-cell office:value-type="string" table:number-columns-spanned="2" '
            'table:number-rows-spanned="2"><text:p>combinada</text:p></table:table-cell>'
            '<table:covered-table-cell/>'),
        row('<table:covered-table-cell table:number-columns-repeated="2"/>'),
        row(text("  con espacios  "), text("dos</text:p><text:p>líneas")),
    ])


def libreoffice_workbook(work, name, null_date):
    fods = FODS.replace("ROWS", libreoffice_rows()).replace("NULL_DATE", null_date)
    source = work / f"{name}.fods"
    source.write_text(fods, encoding="utf-8")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{work}/perfil", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(work), str(source)],
        check=True, stdout=subprocess.DEVNULL)
    return (work / f"{name}.xlsx").read_bytes()


def main():
    save_if_changed("openpyxl.xlsx", openpyxl_workbook())
    save_if_changed("openpyxl-1904.xlsx", openpyxl_workbook(epoch_1904=True))
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        save_if_changed("libreoffice.xlsx", libreoffice_workbook(work, "libreoffice", ""))
        null_date = '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
        save_if_changed("libreoffice-1904.xlsx", libreoffice_workbook(work, "libreoffice-1904", null_date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
