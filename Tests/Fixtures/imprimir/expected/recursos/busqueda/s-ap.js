window.LIBRO_BUSQUEDA.recibir("s-ap",["etap"]);
