package dev.latchkey.app.certificates;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The certificate banner's code-behind: an icon and colour per status, the sentences beside it. */
public final class TrustBannerView {
    private final TrustBannerViewModel viewModel;
    @FXML
    private VBox banner;
    @FXML
    private Label bannerIssued;
    @FXML
    private HBox bannerStatus;
    @FXML
    private FontIcon bannerIcon;
    @FXML
    private ProgressIndicator bannerProgress;
    @FXML
    private Label bannerTitle;
    @FXML
    private Label bannerDetail;

    public TrustBannerView(TrustBannerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        banner.visibleProperty().bind(viewModel.visibleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        bannerIssued.textProperty().bind(viewModel.issuedProperty());
        bannerIssued.visibleProperty().bind(bannerIssued.textProperty().isNotEmpty());
        bannerIssued.managedProperty().bind(bannerIssued.visibleProperty());
        bannerTitle.textProperty().bind(viewModel.titleProperty());
        bannerDetail.textProperty().bind(viewModel.detailProperty());
        bannerProgress.visibleProperty().bind(viewModel.checkingProperty());
        bannerProgress.managedProperty().bind(bannerProgress.visibleProperty());
        bannerIcon.visibleProperty().bind(viewModel.checkingProperty().not());
        bannerIcon.managedProperty().bind(bannerIcon.visibleProperty());
        viewModel.statusProperty().addListener((o, old, now) -> showStatus(now));
        showStatus(viewModel.statusProperty().get());
    }

    private void showStatus(CertificateStatus status) {
        for (CertificateStatus s : CertificateStatus.values()) {
            bannerStatus.getStyleClass().remove(s.styleClass());
        }
        if (status != null) {
            bannerStatus.getStyleClass().add(status.styleClass());
            bannerIcon.setIconLiteral(status.icon());
        }
        bannerStatus.setAccessibleText(viewModel.titleProperty().get() + ". " + viewModel.detailProperty().get());
    }
}
