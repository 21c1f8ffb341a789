extension AlexNetWalkthroughParams {
    /// One layer of the walkthrough: the 2012 network's layer, torchvision's, and the notes' figure.
    public struct Layer: Equatable, Sendable {
        /// The layer's name in `alexnet-2012` (`conv1` … `fc8`).
        public var paper: String
        /// The same layer's name in torchvision's `alexnet`.
        public var torchvision: String
        /// What the notes say about its parameter count.
        public var figure: NotesFigure
    }

    /// (2012 layer, torchvision layer, notes' figure id), in the order the scene steps through them.
    static let layerFigures: [(paper: String, torchvision: String, figure: String)] = [
        ("conv1", "features.0", "alexnet-conv1"), ("conv2", "features.3", "alexnet-conv2"),
        ("conv3", "features.6", "alexnet-conv3"), ("conv4", "features.8", "alexnet-conv4"),
        ("conv5", "features.10", "alexnet-conv5"), ("fc6", "classifier.1", "alexnet-fc6"),
        ("fc7", "classifier.4", "alexnet-fc7"), ("fc8", "classifier.6", "alexnet-fc8"),
    ]
    /// The notes' figure for the whole network.
    static let totalFigure = "alexnet-total"

    /// The notes' figures the scene shows, from the page's content (missing ones are reported).
    static func readFigures(_ r: inout SceneParamReader) -> ([Layer], NotesFigure) {
        let figures = r.figures(layerFigures.map(\.figure) + [totalFigure])
        let layers = zip(layerFigures, figures).map { Layer(paper: $0.0.paper, torchvision: $0.0.torchvision, figure: $0.1) }
        return (layers, figures.last ?? .missing(totalFigure))
    }
}
