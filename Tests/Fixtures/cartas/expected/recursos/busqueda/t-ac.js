window.LIBRO_BUSQUEDA.recibir("t-ac",{"actividad":[3,[2,1,4,6,1,1,1,3,1,1,6,3]]});
