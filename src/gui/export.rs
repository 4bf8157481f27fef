//! Saving part of the window (a plot, a map) as a PNG: a viewport screenshot cropped to the
//! widget's rectangle, written atomically.

use std::path::PathBuf;

/// Ask for a screenshot of the window and save the part inside `rect` (points) to `path`.
pub fn request_crop_png(ctx: &egui::Context, rect: egui::Rect, path: PathBuf) {
    let ppp = ctx.pixels_per_point();
    ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
        if let Err(e) = save_crop(&image, rect, ppp, &path) {
            eprintln!("error: could not save {}: {e}", path.display());
        }
    })));
}

/// Crop `image` to `rect` (in points, scaled by `ppp`) and write a PNG.
pub fn save_crop(image: &egui::ColorImage, rect: egui::Rect, ppp: f32, path: &std::path::Path) -> Result<(), String> {
    let [w, h] = image.size;
    let x0 = ((rect.min.x * ppp).floor().max(0.0) as usize).min(w);
    let y0 = ((rect.min.y * ppp).floor().max(0.0) as usize).min(h);
    let x1 = ((rect.max.x * ppp).ceil().max(0.0) as usize).min(w);
    let y1 = ((rect.max.y * ppp).ceil().max(0.0) as usize).min(h);
    if x1 <= x0 || y1 <= y0 {
        return Err("the region to export is empty".into());
    }
    let mut out = image::RgbaImage::new((x1 - x0) as u32, (y1 - y0) as u32);
    for y in y0..y1 {
        for x in x0..x1 {
            let c = image.pixels[y * w + x].to_array();
            out.put_pixel((x - x0) as u32, (y - y0) as u32, image::Rgba(c));
        }
    }
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgba8(out)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    crate::engine::report::atomic_write(path, &bytes).map_err(|e| e.to_string())
}
