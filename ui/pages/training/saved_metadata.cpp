#include "ui/pages/training/saved_metadata.h"

namespace pixelchain::ui {

SavedMetadata::SavedMetadata(const TrainingRequest& request)
    : request_(request) {
    const mnist::Mnist& data = *request.data;
    metadata_["dataset"] = data.trainSha256;
    metadata_["training_digits"] = std::to_string(request.settings.limit);
    metadata_["training_data"] = request.fullSet ? "mnist" : "built-in subset";
    metadata_["test_digits"] = std::to_string(data.test.count);
    metadata_["trained_by"] = "PixelChain Training page";
}

void SavedMetadata::record(const training::EpochReport& report) {
    if (report.interim || !report.improved)
        return;
    metadata_["validation_nll_nats"] = std::to_string(report.bestValidationNll);
    metadata_["epochs"] = std::to_string(report.epoch);
}

io::Metadata SavedMetadata::complete(const QString& id, double trainingSeconds,
                                     const training::TestFigures& figures) const {
    io::Metadata metadata = metadata_;
    metadata["command"] = training::trainCommand(request_.family, request_.settings,
                                                 id.toStdString() + ".safetensors");
    metadata["training_seconds"] = std::to_string(static_cast<long>(trainingSeconds + 0.5));
    for (const auto& [key, value] : figures.metadata)
        metadata[key] = value;
    return metadata;
}

} // namespace pixelchain::ui
