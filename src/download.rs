//! Saving what is shown: text files (CSV) and chart images (SVG, and PNG drawn from the SVG
//! on a canvas), all made in the browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name`.
pub fn text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    url_as_file(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Offers the resource at `url` (an object or data URL) as a file named `name`.
pub fn url_as_file(name: &str, url: &str) {
    let document = leptos::prelude::document();
    let Ok(anchor) = document.create_element("a") else { return };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
    anchor.set_href(url);
    anchor.set_download(name);
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        let _ = body.remove_child(&anchor);
    }
}

/// Draws the SVG at `svg_url` on a white canvas (2× for sharpness) and offers it as PNG.
pub fn svg_as_png(name: &str, svg_url: &str, width: u32, height: u32) {
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let name = name.to_owned();
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let document = leptos::prelude::document();
        let Some(canvas) = document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
        let scale = 2;
        canvas.set_width(width * scale);
        canvas.set_height(height * scale);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, f64::from(width * scale), f64::from(height * scale));
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, f64::from(width * scale), f64::from(height * scale));
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            url_as_file(&name, &png);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(svg_url);
}
