window.LIBRO_BUSQUEDA.recibir("s-id",["comid","compartid","decid","recorrid","tenid","vendid"]);
