package dev.passage.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A JSON array of objects, one per excerpt, keyed by the column headers; numbers stay numbers, missing values are null. */
public final class JsonExcerptWriter implements ExcerptWriter {
    private final JsonGenerator json;
    private List<ExcerptTable.Column> columns;
    private int rows;

    public JsonExcerptWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
    }

    @Override
    public void header(List<ExcerptTable.Column> columns) throws IOException {
        this.columns = columns;
        json.writeStartArray();
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < cells.size(); i++) {
            json.writeFieldName(columns.get(i).header());
            switch (cells.get(i)) {
                case null -> json.writeNull();
                case Integer n -> json.writeNumber(n);
                case Long n -> json.writeNumber(n);
                case Double n -> json.writeNumber(n);
                case Object o -> json.writeString(o.toString());
            }
        }
        json.writeEndObject();
        rows++;
    }

    @Override
    public ExportReport finish() throws IOException {
        json.writeEndArray();
        json.flush();
        return new ExportReport(rows, 0);
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
