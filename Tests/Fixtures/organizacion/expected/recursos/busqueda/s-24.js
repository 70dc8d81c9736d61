window.LIBRO_BUSQUEDA.recibir("s-24",["2024"]);
