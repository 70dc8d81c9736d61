window.LIBRO_BUSQUEDA.recibir("t-ac",{"actividad":[3,[2,1,4,6,3,1,5,3,4,1,11,3]]});
