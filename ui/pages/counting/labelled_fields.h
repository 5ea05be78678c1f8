#pragma once
// LabelledFields: the fields of a form with their labels, laid out in one of two ways. In a
// column (the Counting page's controls beside its answers) they are a form, each label beside its
// field or above it where the column is too narrow for both. In a band (the controls above the
// answers, on a narrow page) each label stays beside its field and the pairs fill lines from left
// to right (WrappingRow), so a handful of controls take two or three lines instead of a column as
// tall as the page. A field can be hidden with its label in both (setShown).
#include <QWidget>
#include <vector>

class QLabel;

namespace pixelchain::ui {

class LabelledFields : public QWidget {
    Q_OBJECT
public:
    explicit LabelledFields(QWidget* parent = nullptr);

    /// A field without a label: a whole row of the form, one place of the band.
    void addField(QWidget* field);
    /// `field` with its label.
    void addRow(QLabel* label, QWidget* field);
    /// Text that wraps: below the form in the column, the last place of the band.
    void addClosing(QWidget* text);

    QLabel* labelFor(const QWidget* field) const;
    void setShown(const QWidget* field, bool shown);

    bool banded() const { return banded_; }
    void setBanded(bool banded);

    /// The width the column arrangement needs, whichever arrangement is on screen: its widest
    /// label or field (a label goes above a field that would not fit beside it).
    int columnWidth() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        enum Kind { Field, Row, Closing } kind;
        QLabel* label = nullptr;
        QWidget* field = nullptr;
        QWidget* pair = nullptr; ///< holds label and field side by side in the band
        bool shown = true;
    };

    Entry* find(const QWidget* field);
    const Entry* find(const QWidget* field) const;
    /// Builds the layout of the current arrangement afresh and shows what is to be shown.
    void arrange();
    void arrangeColumn();
    void arrangeBand();
    void showEntries();

    std::vector<Entry> entries_;
    bool banded_ = false;
};

} // namespace pixelchain::ui
