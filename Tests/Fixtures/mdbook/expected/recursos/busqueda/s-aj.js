window.LIBRO_BUSQUEDA.recibir("s-aj",["compostaj","debaj"]);
