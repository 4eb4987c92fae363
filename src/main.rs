fn main() {
    duizhao::ui::start();
}
