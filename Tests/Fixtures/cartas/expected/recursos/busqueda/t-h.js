window.LIBRO_BUSQUEDA.recibir("t-h",{"h":[3,[2,1,4,10,1,3,1,8,1,1,2,1,1,1,3,6]]});
