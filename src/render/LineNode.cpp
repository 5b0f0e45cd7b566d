#include "LineNode.h"

#include <QImage>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <algorithm>
#include <iterator>
#include <memory>

namespace lectern {

namespace {

class QuadNode : public QSGGeometryNode
{
public:
    QuadNode() : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 4, 6, QSGGeometry::UnsignedShortType)
    {
        m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
        // Vertices as updateTexturedRectGeometry lays them out: top left,
        // bottom left, top right, bottom right; two triangles on the diagonal,
        // each given in full (a list, not a strip) so llvmpipe sees the pair.
        quint16 *index = m_geometry.indexDataAsUShort();
        const quint16 order[6] = {0, 1, 2, 2, 1, 3};
        std::copy(std::begin(order), std::end(order), index);
        setGeometry(&m_geometry);
        m_material.setFiltering(QSGTexture::Nearest);
        m_opaque.setFiltering(QSGTexture::Nearest);
        setMaterial(&m_material);
        setOpaqueMaterial(&m_opaque);
    }

    void set(std::unique_ptr<QSGTexture> texture, const QRectF &target)
    {
        m_texture = std::move(texture);
        const bool alpha = m_texture->hasAlphaChannel();
        for (QSGOpaqueTextureMaterial *m : {static_cast<QSGOpaqueTextureMaterial *>(&m_material), &m_opaque}) {
            m->setTexture(m_texture.get());
            m->setFlag(QSGMaterial::Blending, alpha);
        }
        QSGGeometry::updateTexturedRectGeometry(&m_geometry, target, QRectF(0, 0, 1, 1));
        markDirty(DirtyGeometry | DirtyMaterial);
    }

private:
    QSGGeometry m_geometry;
    QSGTextureMaterial m_material;      // drawn under an opacity below 1
    QSGOpaqueTextureMaterial m_opaque;  // otherwise: a plain texture fetch
    std::unique_ptr<QSGTexture> m_texture;
};

bool software(QQuickWindow *window)
{
    return window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace

QSGNode *createLineNode(QQuickWindow *window)
{
    if (software(window)) {
        QSGImageNode *node = window->createImageNode();
        node->setOwnsTexture(true);
        return node;
    }
    return new QuadNode;
}

void setLineImage(QSGNode *node, QQuickWindow *window, const QImage &image, const QRectF &target)
{
    std::unique_ptr<QSGTexture> texture(window->createTextureFromImage(image));
    if (auto *quad = dynamic_cast<QuadNode *>(node)) {
        quad->set(std::move(texture), target);
        return;
    }
    auto *imageNode = static_cast<QSGImageNode *>(node);
    imageNode->setTexture(texture.release());
    imageNode->setRect(target);
    imageNode->setSourceRect(QRectF(QPointF(0, 0), QSizeF(image.size())));
}

} // namespace lectern
